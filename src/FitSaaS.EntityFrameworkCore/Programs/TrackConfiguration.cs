using FitSaaS.Bookings;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="Track"/>: class type ids as JSON text, the location as a restricting foreign key.</summary>
internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> builder)
    {
        builder.ToTable("Tracks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).IsRequired().HasMaxLength(ProgrammingConsts.MaxTitleLength);
        builder.Property(t => t.Description).HasMaxLength(ProgrammingConsts.MaxDescriptionLength);
        builder.Property(t => t.ClassTypeIds).IsRequired()
            .HasConversion(new JsonListConverter<Guid>(), new ListValueComparer<Guid>());
        builder.HasOne<Location>().WithMany().HasForeignKey(t => t.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.TenantId, t.LocationId });
    }
}
