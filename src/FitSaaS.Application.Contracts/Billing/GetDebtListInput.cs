namespace FitSaaS.Billing;

/// <summary>Debt query: <c>?memberId=&amp;overdueOnly=</c>.</summary>
public sealed class GetDebtListInput
{
    /// <summary>Only this member.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only members with something overdue (default true).</summary>
    public bool OverdueOnly { get; init; } = true;
}
