using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Incidents;

namespace Portal.Data.Mappings;

public sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.HasIndex(i => i.CaseId);
        b.HasIndex(i => i.RequestId).IsUnique();
        b.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId);
        b.Property(i => i.WhatHappened).HasMaxLength(Incident.TextMax);
        b.Property(i => i.Place).HasMaxLength(200);
        b.Property(i => i.Witnesses).HasMaxLength(500);
        b.Property(i => i.Evidence).HasMaxLength(1000);
    }
}
