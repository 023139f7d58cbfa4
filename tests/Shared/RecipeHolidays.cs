using System.Globalization;
using System.Text.Json;
using Pst.Core.Calendar;

namespace Pst.Tests.Shared;

/// <summary>The office's real holiday list, read from the site's default recipe (the 2026 list of SKB 3 Menteri).</summary>
public static class RecipeHolidays
{
    public static IReadOnlyList<Holiday> All { get; } = Read();

    private static List<Holiday> Read()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Pst.Cms.sln")))
        {
            directory = directory.Parent;
        }

        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "recipes", "jateng.recipe.json")));
        return recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "holidays")
            .GetProperty("holidays").EnumerateArray()
            .Select(h => new Holiday(
                DateOnly.Parse(h.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
                h.GetProperty("kind").GetString() == "national" ? HolidayKind.NationalHoliday : HolidayKind.CollectiveLeave,
                h.GetProperty("name").GetString()!))
            .ToList();
    }
}
