using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="Exercise"/>: enums as strings, lists as JSON text, muscle search keys as plain strings.</summary>
internal sealed class ExerciseConfiguration : IEntityTypeConfiguration<Exercise>
{
    // 17 muscles of at most 11 characters, each followed by a separator, plus the leading one.
    private const int MaxMuscleKeysLength = 256;

    public void Configure(EntityTypeBuilder<Exercise> builder)
    {
        builder.ToTable("Exercises");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.SourceId).HasMaxLength(ExerciseConsts.MaxSourceIdLength);
        builder.Property(e => e.Name).IsRequired().HasMaxLength(ExerciseConsts.MaxNameLength);
        builder.Property(e => e.NormalizedName).IsRequired().HasMaxLength(ExerciseConsts.MaxNameLength);
        builder.Property(e => e.Category).IsRequired().HasConversion<string>().HasMaxLength(ExerciseConsts.MaxEnumLength);
        builder.Property(e => e.Level).IsRequired().HasConversion<string>().HasMaxLength(ExerciseConsts.MaxEnumLength);
        builder.Property(e => e.Force).HasConversion<string>().HasMaxLength(ExerciseConsts.MaxEnumLength);
        builder.Property(e => e.Mechanic).HasConversion<string>().HasMaxLength(ExerciseConsts.MaxEnumLength);
        builder.Property(e => e.Equipment).HasConversion<string>().HasMaxLength(ExerciseConsts.MaxEnumLength);
        builder.Property(e => e.PrimaryMuscles).IsRequired()
            .HasConversion(new JsonListConverter<Muscle>(), new ListValueComparer<Muscle>());
        builder.Property(e => e.SecondaryMuscles).IsRequired()
            .HasConversion(new JsonListConverter<Muscle>(), new ListValueComparer<Muscle>());
        builder.Property(e => e.Instructions).IsRequired()
            .HasConversion(new JsonListConverter<string>(), new ListValueComparer<string>());
        builder.Property(e => e.PrimaryMuscleKeys).IsRequired().HasMaxLength(MaxMuscleKeysLength);
        builder.Property(e => e.SecondaryMuscleKeys).IsRequired().HasMaxLength(MaxMuscleKeysLength);
        builder.Ignore(e => e.IsGlobal);

        // Unique among global rows (custom rows have none; NULLs never collide on SQLite or PostgreSQL).
        builder.HasIndex(e => e.SourceId).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.NormalizedName });
    }
}
