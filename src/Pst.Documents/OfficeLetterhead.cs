using Pst.Core.Settings;

namespace Pst.Documents;

/// <summary>The letterhead of the office's documents, from the office settings the recipe and the administrator keep.</summary>
public static class OfficeLetterhead
{
    public static Letterhead From(OfficeSettings office)
    {
        var contacts = new List<string>();
        if (office.Phones.Count > 0)
        {
            contacts.Add("Telp. " + string.Join(", ", office.Phones));
        }

        if (office.Fax is { Length: > 0 } fax)
        {
            contacts.Add("Faks. " + fax);
        }

        contacts.AddRange(new[] { office.Email, office.Website }.Where(c => !string.IsNullOrWhiteSpace(c))!);
        return new Letterhead(office.Name.ToUpperInvariant(), office.Address, string.Join(" · ", contacts));
    }
}
