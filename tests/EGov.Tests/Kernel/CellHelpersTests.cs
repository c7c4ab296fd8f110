using System.Reflection;
using EGov.Cli.Hosting;

namespace EGov.Tests.Kernel;

/// <summary>
/// Cells import <see cref="CellHelpers"/> instead of .NET Interactive's <c>Kernel</c> class (whose <c>display</c> cannot be
/// updated): nothing a cell could call unqualified before may be lost.
/// </summary>
public sealed class CellHelpersTests
{
    [Fact]
    public void Every_public_static_member_of_the_interactive_kernel_class_is_a_cell_helper_too()
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var theirs = typeof(Microsoft.DotNet.Interactive.Kernel).GetMembers(Static).Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo)
            .Select(Signature).ToHashSet();
        var ours = typeof(CellHelpers).GetMembers(Static).Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo).Select(Signature).ToHashSet();

        Assert.NotEmpty(theirs);
        Assert.Empty(theirs.Except(ours));
        Assert.Contains("ClearOutput(Boolean)", ours);
    }

    private static string Signature(MemberInfo member) => member switch
    {
        MethodInfo method => $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})",
        _ => member.Name,
    };
}
