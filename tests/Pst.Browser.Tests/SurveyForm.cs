using Microsoft.Playwright;

namespace Pst.Browser.Tests;

/// <summary>Answering the satisfaction survey as a person does: the first question by keyboard (arrow keys move the choice within a question), the others by tapping an answer.</summary>
internal static class SurveyForm
{
    /// <param name="answers">Nine digits, 1–4, in element order.</param>
    public static async Task AnswerAsync(IPage page, string answers, string comment)
    {
        await page.Locator("#u1-1").FocusAsync();
        for (var score = 1; score < answers[0] - '0'; score++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Assertions.Expect(page.Locator($"#u1-{answers[0]}")).ToBeCheckedAsync();
        for (var element = 2; element <= 9; element++)
        {
            await page.Locator($"label[for='u{element}-{answers[element - 1]}']").ClickAsync();
        }

        await page.GetByLabel("Saran atau komentar (tidak wajib)").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban saya" }).ClickAsync();
        await Assertions.Expect(page.Locator("#answered")).ToContainTextAsync("Terima kasih!");
    }
}
