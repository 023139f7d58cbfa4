namespace Pst.Ordering.Abstractions;

/// <summary>The files the office gives the customer on a request.</summary>
public enum IssuedFileKind
{
    Invoice,
    Sample,
    Agreement,
    BillingSlip,
    Receipt,
    Product,
}
