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

        var results = await page.RunAxe();
        var blocking = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"Accessibility violations on {page.Url} ({name}):\n" + string.Join("\n", blocking.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
