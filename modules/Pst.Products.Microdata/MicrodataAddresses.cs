namespace Pst.Products.Microdata;

/// <summary>The addresses of the module's public pages and free downloads.</summary>
public static class MicrodataAddresses
{
    public const string Layout = "layout";
    public const string Questionnaire = "kuesioner";
    public const string PublicSample = "contoh-data";

    public static string Dictionary(string code) => $"/katalog/{Uri.EscapeDataString(code)}/kamus";

    public static string Download(string code, string kind) => $"/katalog/{Uri.EscapeDataString(code)}/unduh/{kind}";
}
