using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Security;

namespace Portal.Tests.Data;

/// <summary>Entra users are bound to their staff record by the immutable object id at the first sign-in.</summary>
public class EntraMatchingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static ClaimsPrincipal Entra(string username, string role, string oid) =>
        new(new ClaimsIdentity(
        [
            new Claim("preferred_username", username),
            new Claim("roles", role),
            new Claim(CurrentStaff.ObjectIdClaim, oid),
        ], "OpenIdConnect", "preferred_username", "roles"));

    [Fact]
    public async Task The_first_sign_in_binds_the_object_id_and_later_sign_ins_are_matched_on_it()
    {
        var first = Entra("visitator.mette", "Visitator", "oid-mette");
        var mette = await CurrentStaff.FindAsync(_database, first);
        Assert.NotNull(mette);
        await CurrentStaff.BindObjectIdAsync(_database, mette, first);
        await using (var db = _database.CreateDbContext())
            Assert.Equal("oid-mette", await db.Staff.Where(s => s.Id == mette.Id).Select(s => s.EntraObjectId).SingleAsync());

        // The user name moved to someone else in Entra: that person does not get Mette's record.
        Assert.Null(await CurrentStaff.FindAsync(_database, Entra("visitator.mette", "Visitator", "oid-someone-else")));
        // Mette renamed in Entra: still her record, found by the object id.
        Assert.Equal(mette.Id, (await CurrentStaff.FindAsync(_database, Entra("mette.lund", "Visitator", "oid-mette")))?.Id);
        // A bound record is never rebound to another id.
        await CurrentStaff.BindObjectIdAsync(_database, (await _database.StaffAsync("visitator.mette")), Entra("visitator.mette", "Visitator", "oid-other"));
        await using (var db = _database.CreateDbContext())
            Assert.Equal("oid-mette", await db.Staff.Where(s => s.Id == mette.Id).Select(s => s.EntraObjectId).SingleAsync());
    }

    [Fact]
    public async Task The_role_must_still_match_the_staff_record()
    {
        Assert.Null(await CurrentStaff.FindAsync(_database, Entra("visitator.mette", "Leder", "oid-mette")));
    }
}
