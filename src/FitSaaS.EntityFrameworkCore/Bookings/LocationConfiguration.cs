using FitSaaS.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Bookings;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("Locations");
        builder.ConfigureBookingPolicy(x => x.Policy);
        builder.Property(l => l.Name).HasMaxLength(LocationConsts.MaxNameLength).IsRequired();
        builder.Property(l => l.TimeZoneId).HasMaxLength(LocationConsts.MaxTimeZoneIdLength).IsRequired();
        builder.HasIndex(l => new { l.TenantId, l.Name });
    }
}
