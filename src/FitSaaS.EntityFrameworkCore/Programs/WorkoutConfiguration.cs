using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="Workout"/>: sections as one JSON text column (read and written whole with the aggregate).</summary>
internal sealed class WorkoutConfiguration : IEntityTypeConfiguration<Workout>
{
    public void Configure(EntityTypeBuilder<Workout> builder)
    {
        builder.ToTable("Workouts");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.BenchmarkKey).HasMaxLength(64);
        builder.Property(w => w.Title).IsRequired().HasMaxLength(ProgrammingConsts.MaxTitleLength);
        builder.Property(w => w.NormalizedTitle).IsRequired().HasMaxLength(ProgrammingConsts.MaxTitleLength);
        builder.Property(w => w.Description).HasMaxLength(ProgrammingConsts.MaxDescriptionLength);
        builder.Property(w => w.ScoringType).IsRequired().HasConversion<string>().HasMaxLength(ExerciseConsts.MaxEnumLength);
        builder.Property(w => w.Sections).IsRequired()
            .HasConversion(JsonValueConversion.Converter<IReadOnlyList<WorkoutSection>>(), JsonValueConversion.Comparer<IReadOnlyList<WorkoutSection>>());
        builder.Ignore(w => w.IsGlobal);
        builder.Ignore(w => w.PersonalRecordWorkoutId);
        builder.HasIndex(w => w.BenchmarkKey).IsUnique();
        builder.HasIndex(w => new { w.TenantId, w.NormalizedTitle });
    }
}
