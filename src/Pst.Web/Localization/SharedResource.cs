namespace Pst.Web.Localization;

/// <summary>
/// Marker of the site's shared strings. Keys are the English text; <c>SharedResource.id.resx</c> holds the
/// Indonesian, the default language.
/// </summary>
public sealed class SharedResource;
