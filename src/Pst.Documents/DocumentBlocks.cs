namespace Pst.Documents;

/// <summary>A piece of a document, laid out top to bottom in the order given.</summary>
public abstract record DocumentBlock;

public sealed record Heading(string Text) : DocumentBlock;

/// <param name="Translation">The English translation of the paragraph before it: set smaller and grey, so the legal text leads.</param>
public sealed record Paragraph(string Text, bool Translation = false) : DocumentBlock;

/// <summary>Label–value lines ("Nomor: INV-2026-00001"). A label's second line (its translation) is set smaller and grey.</summary>
public sealed record Facts(IReadOnlyList<(string Label, string Value)> Lines) : DocumentBlock;

public sealed record TableColumn(string Title, float Width, bool AlignRight = false);

/// <summary>A table whose rows may run onto the next page (the header is repeated); footer rows (totals) are bold.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<IReadOnlyList<string>> Footer) : DocumentBlock;

/// <summary>A signature place: where and when, the role, room to sign, the name, and an identifier under it (NIP).</summary>
/// <remarks>Each line wraps within the signature's column, so a long office name or position is never cut off.</remarks>
public sealed record Signature(string PlaceAndDate, string Role, string Name, string? Identifier = null) : DocumentBlock;

/// <summary>Two parties signing side by side: the first on the left, the second on the right.</summary>
public sealed record SignaturePair(Signature First, Signature Second) : DocumentBlock;

/// <summary>A QR code with a caption beside it (for the public verification address).</summary>
public sealed record QrCode(string Payload, string Caption) : DocumentBlock;

/// <summary>The office printed at the top of every page.</summary>
public sealed record Letterhead(string OfficeName, string Address, string Contacts);

/// <param name="PageLabel">The footer's page text in the document's language, e.g. (1, 2) → "Halaman 1 dari 2".</param>
public sealed record DocumentSpec(string Title, Letterhead Letterhead, IReadOnlyList<DocumentBlock> Blocks, Func<int, int, string> PageLabel, string? FooterNote = null);
