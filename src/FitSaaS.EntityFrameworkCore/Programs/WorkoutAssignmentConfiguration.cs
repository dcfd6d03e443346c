using FitSaaS.Framework.EntityFrameworkCore.ValueConversion;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>Maps <see cref="WorkoutAssignment"/>: the snapshot as JSON text, indexed by member and date.</summary>
internal sealed class WorkoutAssignmentConfiguration : IEntityTypeConfiguration<WorkoutAssignment>
{
    public void Configure(EntityTypeBuilder<WorkoutAssignment> builder)
    {
        builder.ToTable("WorkoutAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Notes).HasMaxLength(ProgrammingConsts.MaxNotesLength);
        builder.Property(a => a.Snapshot).IsRequired()
            .HasConversion(JsonValueConversion.Converter<WorkoutSnapshot>(), JsonValueConversion.Comparer<WorkoutSnapshot>());
        builder.HasIndex(a => new { a.TenantId, a.MemberId, a.Date });
        builder.HasIndex(a => new { a.TenantId, a.Date });
    }
}
