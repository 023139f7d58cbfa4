namespace Pst.Content.Pages;

/// <summary>Where pages are on the public site.</summary>
public static class SiteAddresses
{
    public const string PagePrefix = "/halaman/";

    public static string Page(string slug) => PagePrefix + slug;

    /// <summary>Where the public reads a page: the home page's blocks at <c>/</c>, every other page under its address.</summary>
    public static string Of(PageKind kind, string slug) => kind == PageKind.Home ? "/" : Page(slug);
}

/// <summary>Where the editors' screens are.</summary>
public static class StaffAddresses
{
    public const string Pages = "/admin/halaman";

    public static string Edit(Guid id) => $"{Pages}/{id}";

    public static string Preview(Guid id) => $"{Pages}/{id}/pratinjau";

    public static string History(Guid id) => $"{Pages}/{id}/riwayat";
}
