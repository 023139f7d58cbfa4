namespace Pst.Themes.Jateng;

/// <summary>Marker of the themes' texts (<c>ThemeText.id.resx</c>); keys are the English text.</summary>
public sealed class ThemeText;
