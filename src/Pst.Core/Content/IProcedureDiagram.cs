namespace Pst.Core.Content;

/// <summary>
/// A drawing of the request procedure a module owns (the ordering module draws its lifecycle), shown on the
/// public service-standard page beside the editor's steps. Content pages ask for it without knowing the module.
/// </summary>
public interface IProcedureDiagram
{
    /// <summary>An SVG in the current UI language, made by the module from its own data (never from user input).</summary>
    string Svg();
}
