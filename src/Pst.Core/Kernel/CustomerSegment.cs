namespace Pst.Core.Kernel;

/// <summary>The customer segments of the service standard. A private business must give its NPWP.</summary>
public enum CustomerSegment
{
    Individual,
    Student,
    Researcher,
    Government,
    PrivateBusiness,
    InternationalInstitution,
}

/// <summary>Where the customer lives; customers abroad pay by bank transfer with proof instead of a billing code.</summary>
public enum Domicile
{
    Indonesia,
    Abroad,
}
