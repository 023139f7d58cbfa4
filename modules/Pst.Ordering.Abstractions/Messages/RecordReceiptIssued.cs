using Pst.Core.Messaging;

namespace Pst.Ordering.Abstractions;

/// <summary>
/// The payments module issued the receipt of a settled request: ordering attaches the stored file and moves the
/// request to "receipt issued". Sending it again for the same receipt number does nothing the second time.
/// </summary>
public sealed record RecordReceiptIssued(Guid RequestId, RequestActor Treasurer, string ReceiptNumber, string FileId, string FileName) : IMessage<Done>;
