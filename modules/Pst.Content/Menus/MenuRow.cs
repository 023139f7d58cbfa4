namespace Pst.Content.Menus;

/// <summary>
/// One row of the menu editor: its position, text, link, and the position of the top-level entry it goes under.
/// Rows are plain form fields (no dragging), so the menu is edited with a keyboard as easily as with a mouse.
/// </summary>
public sealed class MenuRow
{
    public int Position { get; set; }

    public string? Text { get; set; }

    public Guid? PageId { get; set; }

    public string? Url { get; set; }

    /// <summary>The position of the entry this one goes under; empty at the top level.</summary>
    public int? UnderPosition { get; set; }

    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && PageId is null && string.IsNullOrWhiteSpace(Url);

    /// <summary>
    /// The rows as a menu: top-level entries by position, each followed by its children by position. Removed and
    /// blank rows are left out; a row under a position no top-level row has is refused.
    /// </summary>
    public static IReadOnlyList<MenuItemInput> ToEntries(IEnumerable<MenuRow> rows)
    {
        var kept = rows.Where(r => !r.Remove && !r.IsBlank).OrderBy(r => r.Position).ToList();
        var tops = kept.Where(r => r.UnderPosition is null).ToList();
        foreach (var child in kept.Where(r => r.UnderPosition is not null))
        {
            if (!tops.Any(t => t.Position == child.UnderPosition))
            {
                throw new Pages.ContentRefusedException("The entry '{0}' goes under position {1}, which is no top-level entry.", child.Text ?? "", child.UnderPosition!);
            }
        }

        var entries = new List<MenuItemInput>();
        foreach (var top in tops)
        {
            var parent = entries.Count;
            entries.Add(new MenuItemInput(top.Text, top.PageId, top.Url, null));
            entries.AddRange(kept.Where(r => r.UnderPosition == top.Position).Select(c => new MenuItemInput(c.Text, c.PageId, c.Url, parent)));
        }

        return entries;
    }

    /// <summary>The saved entries as rows numbered 10, 20, … (room to put a new row between two).</summary>
    public static List<MenuRow> FromItems(IReadOnlyList<MenuItem> items)
    {
        var positions = new Dictionary<Guid, int>();
        var rows = new List<MenuRow>();
        foreach (var item in items.OrderBy(i => i.Position))
        {
            positions[item.Id] = (rows.Count + 1) * 10;
            rows.Add(new MenuRow
            {
                Position = positions[item.Id],
                Text = item.Text,
                PageId = item.PageId,
                Url = item.Url,
                UnderPosition = item.ParentId is { } parent && positions.TryGetValue(parent, out var p) ? p : null,
            });
        }

        return rows;
    }
}
