using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// Maps <see cref="WorkoutResult"/>: enums as strings, scores as decimals (compared in memory, never in SQL: SQLite stores
/// decimals as text). Indexes: a key's chain and a member's current records (unique: one current record per key), a
/// member's results by performed-at, a published workout's and a track day's leaderboard, an assignment's completion.
/// </summary>
internal sealed class WorkoutResultConfiguration : IEntityTypeConfiguration<WorkoutResult>
{
    /// <summary>Unique partial index: at most one current personal record per member and key.</summary>
    public const string CurrentPersonalRecordIndexName = "IX_WorkoutResults_CurrentPersonalRecord";

    private const int MaxEnumLength = 32;

    public void Configure(EntityTypeBuilder<WorkoutResult> builder)
    {
        builder.ToTable("WorkoutResults");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).IsRequired().HasMaxLength(WorkoutResultConsts.MaxTitleLength);
        builder.Property(r => r.Notes).HasMaxLength(WorkoutResultConsts.MaxNotesLength);
        builder.Property(r => r.PersonalRecordKey).HasMaxLength(WorkoutResultConsts.MaxPersonalRecordKeyLength);
        builder.Property(r => r.ScoringType).IsRequired().HasConversion<string>().HasMaxLength(MaxEnumLength);
        builder.Property(r => r.Division).IsRequired().HasConversion<string>().HasMaxLength(MaxEnumLength);
        builder.Property(r => r.DisplayUnit).IsRequired().HasConversion<string>().HasMaxLength(MaxEnumLength);
        builder.Property(r => r.ScoreValue).HasPrecision(28, 12);
        builder.Property(r => r.DisplayValue).HasPrecision(28, 12);
        builder.Ignore(r => r.Score);

        builder.HasIndex(r => new { r.TenantId, r.MemberId, r.PersonalRecordKey, r.PerformedAtUtc });
        builder.HasIndex(r => new { r.TenantId, r.MemberId, r.PersonalRecordKey })
            .IsUnique()
            .HasFilter("\"IsCurrentPersonalRecord\"")
            .HasDatabaseName(CurrentPersonalRecordIndexName);
        builder.HasIndex(r => new { r.MemberId, r.PerformedAtUtc });
        builder.HasIndex(r => r.PublishedWorkoutId);
        builder.HasIndex(r => new { r.TrackId, r.Date });
        builder.HasIndex(r => r.AssignmentId);
    }
}
