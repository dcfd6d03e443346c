using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class EntitlementLedgerEntryConfiguration : IEntityTypeConfiguration<EntitlementLedgerEntry>
{
    public void Configure(EntityTypeBuilder<EntitlementLedgerEntry> builder)
    {
        builder.ToTable("EntitlementLedger");
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(e => e.SourceKey).HasMaxLength(InvoiceConsts.MaxSourceKeyLength).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength);
        builder.HasOne<Entitlement>().WithMany().HasForeignKey(e => e.EntitlementId).OnDelete(DeleteBehavior.Restrict);
        // The idempotency key (DOMAIN.md §2.10): one entry per (source, action) — a booking is consumed once, refunded once.
        builder.HasIndex(e => new { e.TenantId, e.SourceKey, e.Action }).IsUnique();
        // Balances: the ledger summed per entitlement, covering what the sums and the tenant checks read (PostgreSQL reads
        // the index only, no table rows).
        builder.HasIndex(e => e.EntitlementId).IncludeProperties(e => new { e.TenantId, e.Action, e.Quantity });
        // A member's ledger, newest first: the index gives the page's order (ties by id), so a page reads its rows only.
        builder.HasIndex(e => new { e.TenantId, e.MemberId, e.OccurredAtUtc, e.Id });
        builder.HasIndex(e => e.BookingId);
    }
}
