using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pst.Architecture.Tests;

/// <summary>
/// Rule: every page of every module says who may open it: a permission (<c>[RequirePermission]</c>, an
/// <see cref="AuthorizeAttribute"/>), or that anyone may (<see cref="AllowAnonymousAttribute"/>). A page that says
/// neither fails the test, so a new staff page cannot go out open by forgetting its attribute.
/// </summary>
public sealed class PageAuthorisationTests
{
    /// <summary>The page models of <paramref name="assembly"/> that say nothing about who may open them.</summary>
    private static IReadOnlyList<string> Unsaid(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && typeof(PageModel).IsAssignableFrom(t))
            .Where(t => !t.IsDefined(typeof(AuthorizeAttribute), inherit: true) && !t.IsDefined(typeof(AllowAnonymousAttribute), inherit: true))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_module_page_says_who_may_open_it()
    {
        var unsaid = Modules.All.Values.SelectMany(Unsaid).ToList();
        Assert.True(unsaid.Count == 0, "Pages without [RequirePermission] or [AllowAnonymous]:\n" + string.Join("\n", unsaid));
    }

    [Fact]
    public void The_page_rule_fails_on_a_page_that_says_nothing() =>
        Assert.Equal([typeof(Fixtures.OpenByMistake.ForgottenPage).FullName!], Unsaid(typeof(PageAuthorisationTests).Assembly));
}
