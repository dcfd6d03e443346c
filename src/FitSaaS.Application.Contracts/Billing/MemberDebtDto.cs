namespace FitSaaS.Billing;

/// <summary>A member's open debt (Arbox's "open debts"): what is unpaid on open or written-off invoices, in minor units.</summary>
public sealed class MemberDebtDto
{
    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Total unpaid.</summary>
    public long AmountDue { get; init; }

    /// <summary>Of which overdue.</summary>
    public long AmountOverdue { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>The oldest due date (UTC).</summary>
    public DateTime? OldestDueAtUtc { get; init; }

    /// <summary>The unpaid invoices, oldest due first.</summary>
    public IReadOnlyList<InvoiceDto> Invoices { get; init; } = [];
}
