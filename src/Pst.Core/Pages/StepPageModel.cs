using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Core.Messaging;

namespace Pst.Core.Pages;

/// <summary>
/// A page whose buttons take steps on one subject (a request, its payment). Every step goes the same way: load the
/// subject (missing, or not the reader's: 404), take the step, then back to the page with a notice
/// (post/redirect/get); or, when the step is refused, the page again as saved, with the reason. A page says only how
/// it loads, where it lives, which refusals it explains and how it forgets a refused step's changes.
/// </summary>
public abstract class StepPageModel<TSubject> : PageModel
    where TSubject : class
{
    /// <summary>Loads the subject and what the page shows of it; null when it is missing or not the reader's.</summary>
    protected abstract Task<TSubject?> LoadAsync(Guid id);

    /// <summary>The page's own address, where a step returns.</summary>
    protected abstract string AddressOf(Guid id);

    /// <summary>A refused step in the reader's language; null when the exception is no refusal (it is not caught).</summary>
    protected abstract string? Explain(Exception exception);

    /// <summary>Forgets the unsaved changes of a refused step, so the page shows the subject as saved.</summary>
    protected abstract void DiscardChanges();

    /// <summary>
    /// Whether the reader may take steps here at all; a page that readers may also open says no to them (403). A step
    /// sent as an <see cref="IAuthorizedMessage"/> is checked by the mediator instead, and refused with 403 too.
    /// </summary>
    protected virtual Task<bool> MayTakeStepsAsync() => Task.FromResult(true);

    protected Task<IActionResult> StepAsync(Guid id, Func<TSubject, Task> step, string notice) => StepAsync(id, step, () => notice);

    /// <param name="notice">Read after the step, which may choose it.</param>
    protected async Task<IActionResult> StepAsync(Guid id, Func<TSubject, Task> step, Func<string> notice)
    {
        if (!await MayTakeStepsAsync())
        {
            return Forbid();
        }

        if (await LoadAsync(id) is not { } subject)
        {
            return NotFound();
        }

        try
        {
            await step(subject);
        }
        catch (NotPermittedException)
        {
            DiscardChanges();
            return Forbid();
        }
        catch (Exception exception) when (Explain(exception) is { } reason)
        {
            return await RefuseAsync(id, reason);
        }

        return Done(id, notice());
    }

    /// <summary>Shows the page again, as saved, with the reason the step was refused.</summary>
    protected async Task<IActionResult> RefuseAsync(Guid id, string reason)
    {
        DiscardChanges();
        ModelState.AddModelError(string.Empty, reason);
        return await LoadAsync(id) is null ? NotFound() : Page();
    }

    /// <summary>Back to the page, which shows <paramref name="notice"/> once.</summary>
    protected IActionResult Done(Guid id, string notice)
    {
        TempData["Notice"] = notice;
        return Redirect(AddressOf(id));
    }
}
