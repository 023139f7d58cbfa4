using System.Globalization;
using Pst.Core.Kernel;

namespace Pst.Documents;

/// <summary>How the office's documents write dates, places and page numbers: in Indonesian, in WIB, whatever the reader's language.</summary>
public static class DocumentText
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"24 November 2026" (WIB).</summary>
    public static string Date(DateTimeOffset moment) => OfficeTime.Local(moment).ToString("d MMMM yyyy", Indonesian);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Indonesian);

    /// <summary>"24 November 2026 pukul 14.30 WIB".</summary>
    public static string DateTime(DateTimeOffset moment) =>
        $"{Date(moment)} pukul {OfficeTime.Local(moment).ToString("HH.mm", Indonesian)} WIB";

    /// <summary>The place and date above a signature.</summary>
    public static string SignedAt(DateTimeOffset moment) => $"Semarang, {Date(moment)}";

    public static string PageLabel(int page, int pages) => $"Halaman {page} dari {pages}";

    public static string VerificationUrl(string siteAddress, string number) => $"{siteAddress.TrimEnd('/')}/verifikasi/{number}";
}
