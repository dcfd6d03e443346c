namespace FitSaaS.Forms;

/// <summary>
/// What a member must sign: <c>?memberId=&amp;gate=&amp;classTypeId=&amp;planId=&amp;locationId=</c>. Without a gate, every document
/// that applies (to all members, or to the given class type, plan or location), whatever it gates.
/// </summary>
public sealed class GetRequiredLegalDocumentsInput
{
    /// <summary>This member (oneself, a dependant, or with <c>Signatures.ManageForMembers</c> anyone); default oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>One operation (<c>Booking</c>, <c>Purchase</c>, <c>CheckIn</c>); default any.</summary>
    public LegalDocumentGates? Gate { get; init; }

    /// <summary>The class type of the session.</summary>
    public Guid? ClassTypeId { get; init; }

    /// <summary>The plan to buy.</summary>
    public Guid? PlanId { get; init; }

    /// <summary>The location of the session.</summary>
    public Guid? LocationId { get; init; }
}
