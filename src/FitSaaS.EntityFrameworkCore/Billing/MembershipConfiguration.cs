using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.Ignore(m => m.IsRecurring);
        builder.Ignore(m => m.IsLive);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(m => m.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(m => m.TaxRatePercent).HasPrecision(7, 4);
        builder.Property(m => m.TaxMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Interval).HasConversion<string>().HasMaxLength(8);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.CancellationReason).HasMaxLength(InvoiceConsts.MaxReasonLength);
        builder.HasOne<Plan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Freezes).WithOne().HasForeignKey(f => f.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Freezes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => new { m.TenantId, m.MemberId, m.Status });
        builder.HasIndex(m => new { m.TenantId, m.PlanId });
        // The lifecycle job: live memberships whose period ended.
        builder.HasIndex(m => new { m.TenantId, m.Status, m.CurrentPeriodEnd });
    }
}
