namespace EGov.Cli.Report;

/// <summary>The report's style sheet (assets/report.css): a fixed table of contents beside the page; print without it.</summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1a1a1a; margin: 0; }
        body.site main { margin-left: 17rem; max-width: 1100px; padding: 1rem 2rem; }
        body.single main { max-width: 1100px; margin: 0 auto; padding: 1rem 2rem; }
        nav.toc { position: fixed; top: 0; left: 0; bottom: 0; width: 15rem; overflow-y: auto; padding: 1rem; background: #f6f8fa; border-right: 1px solid #ddd; font-size: .9rem; }
        nav.toc ol { padding-left: 1.2rem; } nav.toc li { margin: .3rem 0; } nav.toc li.current > a { font-weight: bold; }
        nav.toc ol.sections { font-size: .85rem; padding-left: 1rem; } nav.toc .home { font-weight: bold; }
        table.index { border-collapse: collapse; } table.index td, table.index th { padding: .25rem .75rem; border-bottom: 1px solid #ddd; text-align: left; }
        .passed, .passed a { color: #1b7837; } .failed, .timed-out, .failed a, .timed-out a { color: #b2182b; }
        section.notebook { border-top: 3px solid #333; margin-top: 1.5rem; padding-top: .5rem; }
        .cell { margin: .75rem 0; } .cell.failed { border-left: 4px solid #b2182b; padding-left: .5rem; }
        .prompt { color: #888; font-size: .8rem; } pre.code { background: #f6f8fa; padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
        pre.output { background: #fff; border-left: 3px solid #ccc; padding: .4rem .6rem; overflow-x: auto; }
        pre.output.error, pre.output.stderr { border-left-color: #b2182b; color: #b2182b; }
        .failure { background: #fde0dd; padding: .5rem 1rem; } .output.html { overflow-x: auto; }
        details.setup { margin: .5rem 0; color: #607d8b; font-size: .85rem; } details.setup > summary { cursor: pointer; }
        details.solution { border: 1px solid #cfd8dc; border-radius: 4px; padding: .3rem .8rem; margin: .5rem 0; }
        details.solution > summary { cursor: pointer; color: #455a64; }
        table { border-collapse: collapse; } .markdown table td, .markdown table th { border: 1px solid #ddd; padding: .2rem .5rem; }
        @media print {
          nav.toc { display: none; } body.site main { margin-left: 0; }
          section.notebook { break-before: page; border-top: none; }
          .cell, .output.chart { break-inside: avoid; }
        }
        """;
}
