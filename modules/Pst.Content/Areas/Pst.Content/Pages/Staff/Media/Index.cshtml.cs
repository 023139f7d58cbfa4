using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Content.Media;
using Pst.Content.Pages;
using Pst.Core.Security;

namespace Pst.Content.Areas.Pst.Content.Pages.Staff.Media;

/// <summary>Images and PDFs for pages: upload (an image with its alternative text), replace, edit the text, delete while unused, and the Markdown that puts each in a page.</summary>
[RequirePermission(ContentPermissions.Edit)]
public sealed class IndexModel(MediaLibrary media, IStringLocalizer<ContentModule> text) : PageModel
{
    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await media.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? altText)
    {
        if (file is null || file.Length == 0)
        {
            return await RefuseAsync(text["Choose a file to upload."]);
        }

        try
        {
            await using var content = file.OpenReadStream();
            await media.UploadAsync(content, file.Length, file.FileName, altText, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted);
        }
        catch (ContentRefusedException refused)
        {
            return await RefuseAsync(text[refused.MessageKey, [.. refused.Arguments]]);
        }

        TempData["Notice"] = "The file is uploaded. Put it in a page with the image button of the editor, or copy its Markdown.";
        return Redirect("/admin/media");
    }

    public async Task<IActionResult> OnPostReplaceAsync(Guid id, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return await RefuseAsync(text["Choose a file to upload."]);
        }

        await using var content = file.OpenReadStream();
        return await ChangeAsync(() => media.ReplaceAsync(id, content, file.Length, file.FileName, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted), "The file is replaced: the pages that show it show the new one.");
    }

    public Task<IActionResult> OnPostAltTextAsync(Guid id, string? altText) =>
        ChangeAsync(() => media.ChangeAltTextAsync(id, altText, HttpContext.RequestAborted), "The alternative text is saved. Pages written before keep the text they were given.");

    public Task<IActionResult> OnPostDeleteAsync(Guid id) =>
        ChangeAsync(() => media.DeleteAsync(id, HttpContext.RequestAborted), "The file is deleted.");

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string notice)
    {
        try
        {
            await change();
        }
        catch (ContentRefusedException refused)
        {
            return await RefuseAsync(text[refused.MessageKey, [.. refused.Arguments]]);
        }

        TempData["Notice"] = notice;
        return Redirect("/admin/media");
    }

    private async Task<IActionResult> RefuseAsync(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        await OnGetAsync();
        return Page();
    }
}
