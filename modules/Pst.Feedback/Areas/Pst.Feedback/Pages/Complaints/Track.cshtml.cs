using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pst.Feedback.Complaints;

namespace Pst.Feedback.Areas.Pst.Feedback.Pages.Complaints;

/// <summary>
/// Following a complaint by its number alone: where it stands and its limits, nothing of what it says (the number
/// is printed and passed around; the contents need the secret link).
/// </summary>
[AllowAnonymous]
public sealed class TrackModel(ComplaintDesk desk) : PageModel
{
    public string? Number { get; private set; }

    public (Complaint Complaint, ComplaintDeadlines Deadlines)? Found { get; private set; }

    public async Task OnGetAsync(string? nomor)
    {
        Number = nomor?.Trim();
        if (Number is { Length: > 0 and <= 20 } && await desk.FindByNumberAsync(Number, HttpContext.RequestAborted) is { } complaint)
        {
            Found = (complaint, await desk.DeadlinesAsync(complaint, HttpContext.RequestAborted));
        }
    }
}
