using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="PublishedWorkout"/>: the snapshot as JSON text; a date's versions are unique per track.</summary>
internal sealed class PublishedWorkoutConfiguration : IEntityTypeConfiguration<PublishedWorkout>
{
    public void Configure(EntityTypeBuilder<PublishedWorkout> builder)
    {
        builder.ToTable("PublishedWorkouts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Notes).HasMaxLength(ProgrammingConsts.MaxNotesLength);
        builder.Property(p => p.Snapshot).IsRequired()
            .HasConversion(JsonValueConversion.Converter<WorkoutSnapshot>(), JsonValueConversion.Comparer<WorkoutSnapshot>());
        builder.HasOne<Track>().WithMany().HasForeignKey(p => p.TrackId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TrackId, p.Date, p.PublishedVersion }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.WorkoutId });
    }
}
