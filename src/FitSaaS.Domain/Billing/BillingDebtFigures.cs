namespace FitSaaS.Billing;

/// <summary>What members owe (see <see cref="IBillingReportRepository.GetDebtFiguresAsync"/>), in minor units.</summary>
/// <param name="Outstanding">Σ still due on <c>Open</c> and <c>Uncollectible</c> invoices.</param>
/// <param name="Overdue">The part of <paramref name="Outstanding"/> on invoices past their due date.</param>
public sealed record BillingDebtFigures(long Outstanding, long Overdue);
