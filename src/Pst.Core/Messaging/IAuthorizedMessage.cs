namespace Pst.Core.Messaging;

/// <summary>
/// A message only a signed-in person holding <see cref="Permission"/> may send (a step a page takes for its reader).
/// Checked before the handler by <see cref="AuthorizedMessages"/>, so no handler repeats the check and none forgets it.
/// </summary>
public interface IAuthorizedMessage
{
    string Permission { get; }
}
