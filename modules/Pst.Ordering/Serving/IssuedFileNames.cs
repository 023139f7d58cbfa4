using Microsoft.Extensions.Localization;

namespace Pst.Ordering.Serving;

/// <summary>What a file the office issued is called on the request pages: ordering's own kinds, then the other modules'.</summary>
internal sealed class IssuedFileNames(IStringLocalizer<OrderingModule> text, IEnumerable<IIssuedFileLabels> modules)
{
    public string Of(IssuedFileKind kind) =>
        text["IssuedFileKind." + kind] is { ResourceNotFound: false } own ? own.Value
        : modules.Select(m => m.LabelOf(kind)).FirstOrDefault(label => label is not null) ?? kind.Name;
}
