using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pst.Core.Products;
using Pst.Core.Security;
using Pst.Ordering.Abstracts;
using Pst.Ordering.Lifecycle;
using Pst.Ordering.Persistence;
using Pst.Ordering.Requests;
using Pst.Ordering.Serving;

namespace Pst.Ordering.Areas.Pst.Ordering.Pages.Requests;

/// <summary>
/// The customer writes the data-use abstract of their request, with the data they ask for beside the form. The
/// answers already written fill it again; a fault is shown at its field and nothing is saved.
/// </summary>
[RequirePermission(OrderingPermissions.Place)]
internal sealed class AbstractModel(RequestStore store, ReadRequest reader, CurrentActor actors, WriteDataUseAbstract writer, IStringLocalizer<OrderingModule> text) : PageModel
{
    private RequestActor _customer = null!;

    public RequestOverview View { get; private set; } = null!;

    /// <summary>Whether the request takes the abstract now (a draft, or returned for revision, and not yet accepted).</summary>
    public bool Editable { get; private set; }

    [BindProperty]
    public AbstractForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } request)
        {
            return NotFound();
        }

        var written = DataUseAbstract.FromJson(AbstractOf(request).ContentJson);
        Form = written is null
            ? new AbstractForm { Datasets = string.Join("\n", View.Lines.Select(l => l.Title)) }
            : AbstractForm.From(written);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } request)
        {
            return NotFound();
        }

        ModelState.Clear(); // the abstract's own rules decide, with their localised messages
        try
        {
            var faults = await writer.WriteAsync(request, _customer, View.Customer, Form.ToAbstract(), HttpContext.RequestAborted);
            if (faults.Count == 0)
            {
                TempData["Notice"] = "The data-use abstract is saved and attached to your request.";
                return Redirect($"/permintaan/{id}");
            }

            foreach (var (field, message, arguments) in faults)
            {
                ModelState.AddModelError($"{nameof(Form)}.{field}", text[message, arguments]);
            }
        }
        catch (TransitionRefusedException refused)
        {
            store.DiscardChanges();
            ModelState.AddModelError(string.Empty, RefusalText.Of(text, refused));
        }

        return Page();
    }

    private static RequestDocument AbstractOf(Request request) => request.Documents.Single(d => d.Code == DocumentCodes.DataUseAbstract);

    private async Task<Request?> LoadAsync(Guid id)
    {
        _customer = await actors.CustomerAsync(User, HttpContext.RequestAborted) ?? throw new InvalidOperationException("The page requires the permission to place requests.");
        if (await store.FindOwnAsync(id, _customer.UserId, HttpContext.RequestAborted) is not { } request
            || request.Documents.All(d => d.Code != DocumentCodes.DataUseAbstract))
        {
            return null;
        }

        View = await reader.ForAsync(request, _customer, HttpContext.RequestAborted);
        Editable = request.TakesDocument(DocumentCodes.DataUseAbstract);
        return request;
    }

    /// <summary>The form's fields, as posted.</summary>
    public sealed class AbstractForm
    {
        public string? Title { get; set; }

        public string? Purpose { get; set; }

        public string? Datasets { get; set; }

        public string? Areas { get; set; }

        public string? Variables { get; set; }

        public string? Method { get; set; }

        public string? Outputs { get; set; }

        public string? Publication { get; set; }

        public bool NoRedistribution { get; set; }

        public string? this[string field] => ToAbstract().Text(field);

        public DataUseAbstract ToAbstract() =>
            new(Title ?? "", Purpose ?? "", Datasets ?? "", Areas ?? "", Variables ?? "", Method ?? "", Outputs ?? "", Publication ?? "", NoRedistribution);

        public static AbstractForm From(DataUseAbstract written) => new()
        {
            Title = written.Title,
            Purpose = written.Purpose,
            Datasets = written.Datasets,
            Areas = written.Areas,
            Variables = written.Variables,
            Method = written.Method,
            Outputs = written.Outputs,
            Publication = written.Publication,
            NoRedistribution = written.NoRedistribution,
        };
    }
}
