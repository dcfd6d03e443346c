using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

internal sealed class ClassTypeConfiguration : IEntityTypeConfiguration<ClassType>
{
    public void Configure(EntityTypeBuilder<ClassType> builder)
    {
        builder.ToTable("ClassTypes");
        builder.ConfigureBookingPolicy(x => x.Policy);
        builder.Property(c => c.Name).HasMaxLength(ClassTypeConsts.MaxNameLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(ClassTypeConsts.MaxDescriptionLength);
        builder.HasIndex(c => new { c.TenantId, c.Name });
    }
}
