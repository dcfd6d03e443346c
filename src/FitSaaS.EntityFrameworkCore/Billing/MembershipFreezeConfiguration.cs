using FitSaaS.Billing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Billing;

internal sealed class MembershipFreezeConfiguration : IEntityTypeConfiguration<MembershipFreeze>
{
    public void Configure(EntityTypeBuilder<MembershipFreeze> builder)
    {
        // Its id is set by the aggregate: added to a tracked parent it is new, not an update of a row.
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.ToTable("MembershipFreezes");
        builder.Ignore(f => f.Days);
        builder.Property(f => f.Reason).HasMaxLength(InvoiceConsts.MaxReasonLength);
    }
}
