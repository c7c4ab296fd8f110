"""
The project's kernel (`egov kernel serve`, registered by `egov kernel install`) under the Jupyter project's reference
kernel tests (jupyter_kernel_test 0.7.0, vendored unmodified in ./jupyter_kernel_test), with samples for C#, and tests of
our own for what those do not check (documentation in inspect, completion types, history across sessions, stdin).

Run by tests/kernel/run.sh (a private JUPYTER_DATA_DIR, JUPYTER_RUNTIME_DIR, JUPYTER_CONFIG_DIR and XDG_DATA_HOME).
"""
import os
import unittest

import jupyter_kernel_test as jkt
from jupyter_client.manager import start_new_kernel

KERNEL = os.environ.get("EGOV_KERNEL_NAME", ".net-csharp")
LIBRARY = os.environ["EGOV_LIBRARY_DLL"]  # lib/EGov/bin/notebook/EGov.dll, with EGov.xml beside it
TIMEOUT = 60


class EGovKernelTests(jkt.KernelTests):
    kernel_name = KERNEL
    language_name = "csharp"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("to stderr");'

    completion_samples = [
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "Math.Ro", "matches": {"Round"}},
        {"text": "var numbers = new List<int>(); numbers.Cou", "matches": {"Count", "CountBy"}},
        {"text": "whil", "matches": {"while"}},
    ]

    complete_code_samples = ["1", 'Console.WriteLine("hello, world");', "int Twice(int x)\n{\n    return x * 2;\n}\n"]
    incomplete_code_samples = ['var s = """\nhello', "int Twice(int x)\n{\n    return x * 2;", "Console.WriteLine(", "var x = 1"]
    invalid_code_samples = ["var x = ;)", "int = 7q;", "}"]

    code_generate_error = 'throw new InvalidOperationException("boom");'

    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "6 * 7", "result": "42"},
    ]

    code_display_data = [
        {"code": 'display(HTML("<b>test</b>"));', "mime": "text/html"},
    ]

    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Console.WriteLine"

    code_clear_output = "ClearOutput();"


class EGovProtocolTests(unittest.TestCase):
    """What the reference tests leave out: the content of the replies."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL)
        # As the notebooks' set-up cells do: the packages from NuGet (their XML docs beside them), then the library.
        code = f'#r "nuget: Deedle, [8.1.0]"\n#r "{LIBRARY}"\nvar survey = EGov.Survey.Load();'
        reply = cls.kc.execute_interactive(code, timeout=TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def reply(self, msg_id):
        while True:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    def inspect(self, code, cursor=None, detail=0):
        return self.reply(self.kc.inspect(code, cursor_pos=len(code) if cursor is None else cursor, detail_level=detail))

    def test_inspect_gives_the_library_docs_summary_parameters_and_returns(self):
        content = self.inspect("EGov.Survey.Load")
        self.assertTrue(content["found"])
        plain, markdown = content["data"]["text/plain"], content["data"]["text/markdown"]
        self.assertIn("Survey Survey.Load()", plain)
        self.assertIn("embedded in EGov.dll", plain)  # the <summary> in lib/EGov/Survey.cs, read from EGov.xml
        self.assertIn("```csharp", markdown)

    def test_inspect_of_a_runtime_method_has_parameters_returns_and_exceptions(self):
        content = self.inspect("Math.Round(2.5, ")  # the cursor inside the argument list: the method called
        plain = content["data"]["text/plain"]
        self.assertIn("Math.Round", plain)
        self.assertIn("Parameters:", plain)
        self.assertIn("Returns:", plain)
        self.assertIn("Exceptions:\n  OverflowException:", plain)
        self.assertIn("**Parameters**", content["data"]["text/markdown"])

    def test_inspect_of_a_package_method_has_its_remarks(self):
        plain = self.inspect("Deedle.SeriesExtensions.Shift")["data"]["text/plain"]
        self.assertIn("Remarks:", plain)  # from Deedle.xml beside Deedle.dll in the NuGet cache
        self.assertIn("Parameters:", plain)

    def test_detail_level_1_lists_overloads_and_where_the_docs_come_from(self):
        brief = self.inspect("string.Join")["data"]["text/plain"]
        full = self.inspect("string.Join", detail=1)["data"]["text/plain"]
        self.assertNotIn("Overloads:", brief)
        self.assertIn("Overloads:", full)
        self.assertIn("System.Runtime.xml", full)
        self.assertGreater(len(full), len(brief))

    def test_inspect_of_a_variable_of_an_earlier_cell(self):
        plain = self.inspect("survey")["data"]["text/plain"]
        self.assertIn("Survey survey", plain)

    def test_inspect_of_nothing_is_not_found(self):
        content = self.inspect("   ")
        self.assertEqual(content["status"], "ok")
        self.assertFalse(content["found"])

    def test_completion_has_plain_names_and_types_with_signatures(self):
        code = "survey."
        content = self.reply(self.kc.complete(code, len(code)))
        self.assertEqual(content["status"], "ok")
        self.assertTrue(content["matches"])
        self.assertFalse([m for m in content["matches"] if "(" in m or "$" in m])
        types = content["metadata"]["_jupyter_types_experimental"]
        self.assertEqual([t["text"] for t in types], content["matches"])
        kinds = {t["type"] for t in types}
        self.assertIn("method", kinds)
        self.assertIn("property", kinds)
        self.assertTrue(all(t["signature"] for t in types))
        self.assertEqual((content["cursor_start"], content["cursor_end"]), (len(code), len(code)))

    def test_completion_kinds_of_locals_classes_and_keywords(self):
        code = "var total = 1; tot"
        types = self.reply(self.kc.complete(code, len(code)))["metadata"]["_jupyter_types_experimental"]
        self.assertEqual([(t["text"], t["type"]) for t in types], [("total", "local")])
        types = self.reply(self.kc.complete("Consol", 6))["metadata"]["_jupyter_types_experimental"]
        self.assertIn(("Console", "class"), [(t["text"], t["type"]) for t in types])
        types = self.reply(self.kc.complete("forea", 5))["metadata"]["_jupyter_types_experimental"]
        self.assertEqual([(t["text"], t["type"]) for t in types], [("foreach", "keyword")])

    def test_is_complete_gives_the_indent_of_an_open_block(self):
        content = self.reply(self.kc.is_complete("if (true)\n{"))
        self.assertEqual(content, {"status": "incomplete", "indent": "    "})

    def test_input_request_over_stdin_and_a_hidden_password(self):
        prompts = []

        def answer(msg):
            prompts.append(msg["content"])
            self.kc.input("typed " + str(len(prompts)))

        outputs = []
        code = ('var line = Console.ReadLine(); var name = await Microsoft.DotNet.Interactive.Kernel.GetInputAsync("Name:");'
                ' var pw = await Microsoft.DotNet.Interactive.Kernel.GetPasswordAsync("Password:");'
                ' Console.WriteLine(line + "|" + name + "|" + pw.GetClearTextPassword());')
        reply = self.kc.execute_interactive(code, allow_stdin=True, stdin_hook=answer, output_hook=outputs.append, timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        self.assertEqual([p["password"] for p in prompts], [False, False, True])
        self.assertEqual([p["prompt"] for p in prompts][1:], ["Name:", "Password:"])
        text = "".join(o["content"].get("text", "") for o in outputs if o["msg_type"] == "stream")
        self.assertIn("typed 1|typed 2|typed 3", text)

    def test_input_without_stdin_is_a_clear_error(self):
        reply = self.kc.execute_interactive("Console.ReadLine()", allow_stdin=False, timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("allow_stdin", reply["content"]["evalue"])

    def test_comm_info_is_empty_and_kernel_info_links_the_docs(self):
        msg_id = self.kc.comm_info()
        self.assertEqual(self.reply(msg_id), {"status": "ok", "comms": {}})
        info = self.reply(self.kc.kernel_info())
        self.assertTrue(any(link["url"].endswith("docs/kernel.md") for link in info["help_links"]))

    def test_history_reaches_earlier_sessions(self):
        # This class's kernel started after EGovKernelTests' kernel had stored its executions in the same history file.
        tail = self.reply(self.kc.history(hist_access_type="tail", n=1000, output=True, raw=True))["history"]
        sessions = {entry[0] for entry in tail}
        self.assertGreaterEqual(len(sessions), 2, tail[-3:])
        earlier = [e for e in tail if e[2][0] == "1+2+3"]
        self.assertTrue(earlier)
        self.assertEqual(earlier[0][2][1], "6")
        previous = self.reply(self.kc.history(hist_access_type="range", session=-1, start=1, stop=2, raw=True))["history"]
        self.assertEqual(len(previous), 1)
        # One file per user, under XDG_DATA_HOME (run.sh points it at a temporary folder).
        path = os.path.join(os.environ["XDG_DATA_HOME"], "egov", "history", "history.jsonl")
        with open(path, encoding="utf-8") as f:
            self.assertIn('"source":"1+2+3"', f.read())


if __name__ == "__main__":
    unittest.main()
