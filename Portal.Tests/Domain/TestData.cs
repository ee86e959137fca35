using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static StaffMember Staff(int id, Role role, string name = "Medarbejder") =>
        new($"{role.ToString().ToLowerInvariant()}.{id}", $"{name} {id}", role, "Afdeling") { Id = id };

    /// <summary>Shares <paramref name="c"/> with <paramref name="with"/> from <see cref="Now"/>, by its visitator or contact person.</summary>
    public static CaseShare Share(Case c, StaffMember with, StaffMember by, SharePart part = SharePart.HeleSagen, int days = 90,
        bool includeAddress = false) =>
        c.ShareWith(with, new CaseShareForm
        {
            StaffMemberId = with.Id,
            Reason = "Rådgivning i krisecenteret.",
            Until = Portal.Domain.Calendar.DanishTime.Today(Now).AddDays(days),
            Part = part,
            Basis = ShareBasis.Samtykke,
            ConsentMethod = Portal.Domain.Referrals.ConsentMethod.Mundtligt,
            IncludeAddress = includeAddress,
            AddressReason = includeAddress ? "Krisecenteret hjælper med flytningen." : null,
        }, by, Portal.Domain.Calendar.DanishTime.Today(Now), Now, Guid.NewGuid());

    public static Case NewCase(bool protectedAddress = false, StaffMember? visitator = null)
    {
        var citizen = new Citizen(new CitizenDetails
        {
            Name = "Anne Jensen",
            Phone = "20304050",
            Address = "Hemmeligvej 7, 6700 Esbjerg",
            AddressProtected = protectedAddress,
        });
        var c = Case.Open("2026-0001", citizen, CaseKind.Stalking, EntryChannel.Borger, visitator, Now);
        if (visitator is not null) c.AssignVisitator(visitator, visitator, Now);
        return c;
    }
}
