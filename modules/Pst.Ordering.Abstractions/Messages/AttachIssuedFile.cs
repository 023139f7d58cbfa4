using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// Another module issued a document on a request (the billing slip): ordering lists it with the request's files,
/// replacing the one of its kind before it, and sends the e-mail <paramref name="Notification"/> (a declared key) when given, with
/// <paramref name="Values"/> for its template. Sending it again with the same number does nothing the second time.
/// </summary>
public sealed record AttachIssuedFile(
    Guid RequestId,
    IssuedFileKind Kind,
    string Number,
    string FileId,
    string FileName,
    string? Notification = null,
    IReadOnlyDictionary<string, object?>? Values = null) : IMessage<Done>, IValidatedMessage
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Kind.Name))
        {
            yield return "the file's kind is required";
        }

        if (string.IsNullOrWhiteSpace(Number) || string.IsNullOrWhiteSpace(FileId) || string.IsNullOrWhiteSpace(FileName))
        {
            yield return "the document's number, file and file name are required";
        }
    }
}
