using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Pst.Core.Kernel;
using Pst.Core.Products;
using Pst.Web.Localization;

namespace Pst.Web.Pages.Admin.Tariffs;

/// <summary>The amounts of a schedule's rows as typed in the tariff forms (empty means not filled in yet).</summary>
public static class TariffAmountsForm
{
    public static Dictionary<string, string?> Of(IEnumerable<TariffItem> items) =>
        items.ToDictionary(i => i.Code, i => i.Amount?.Amount.ToString(CultureInfo.InvariantCulture));

    /// <summary>The rows with the typed amounts; each amount that is not a whole rupiah figure is a model error.</summary>
    public static IReadOnlyList<TariffItem> Read(
        IEnumerable<TariffItem> rows, IReadOnlyDictionary<string, string?> typed, ModelStateDictionary modelState, IStringLocalizer<SharedResource> localizer)
    {
        var items = new List<TariffItem>();
        foreach (var item in rows)
        {
            var text = typed.GetValueOrDefault(item.Code);
            if (string.IsNullOrWhiteSpace(text))
            {
                items.Add(item with { Amount = null });
            }
            else if (Rupiah.FromTyped(text)?.Amount is { } amount)
            {
                items.Add(item with { Amount = new Rupiah(amount) });
            }
            else
            {
                modelState.AddModelError($"Amounts[{item.Code}]", localizer["Enter a whole amount in rupiah for {0}, for example 50000.", item.Code]);
            }
        }

        return items;
    }
}
