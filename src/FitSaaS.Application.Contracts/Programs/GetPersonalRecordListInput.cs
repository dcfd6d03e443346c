namespace FitSaaS.Programs;

/// <summary>A member's current personal records: <c>?memberId=</c> (null for oneself; another member's need staff permissions).</summary>
public sealed class GetPersonalRecordListInput
{
    /// <summary>The member; null for oneself.</summary>
    public Guid? MemberId { get; init; }
}
