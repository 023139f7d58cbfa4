using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>What every visited page must pass: no serious or critical accessibility violation (axe-core), and a screenshot kept.</summary>
internal static class PageChecks
{
    public static async Task CheckAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserSite.ScreenshotDirectory);
        var screenshot = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotDirectory, name + ".png"), FullPage = true });
        TestContext.Current.AddAttachment(name + ".png", screenshot, "image/png");

        // axe-core run in the page itself. The default mode runs each frame apart and then merges the results in a
        // second, blank page opened for every check, which took three quarters of the check's time (2 s against
        // 0.5 s); with a single frame the rules, and so the violations, are the same. The site sends no frames
        // (its CSP and markup have none); should a page ever hold one, this says so rather than miss its content.
        Assert.True(page.Frames.Count == 1, $"{page.Url} ({name}) has frames: check it with page.RunAxe(), which enters them.");
#pragma warning disable CS0618 // "legacy" mode: kept by the library, and exactly what a page without frames needs
        var results = await page.RunAxeLegacy();
#pragma warning restore CS0618
        var blocking = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"Accessibility violations on {page.Url} ({name}):\n" + string.Join("\n", blocking.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
