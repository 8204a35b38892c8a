using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>
/// Local (LID) items are visible only inside the creator's workspace (issue 4): to its users, through
/// <c>GET /api/items/:dfid</c> and the list alike, and to nobody else, admins of other workspaces included.
/// </summary>
public sealed class LocalItemVisibilityTests : ItemWorkflowTestBase
{
    [Test]
    public async Task ShouldShowALocalItemToAnotherUserOfTheSameWorkspace()
    {
        var farm = $"farm-{Guid.NewGuid():N}";
        var alice = await RegisterAsync(workspaceName: farm);
        var colleague = await RegisterAsync(workspaceName: farm);
        colleague.WorkspaceId.ShouldBe(alice.WorkspaceId);
        var lid = await CreateLocalItemAsync(alice, null);

        (await GetItemAsync(colleague, $"LID-{lid}")).GetProperty("dfid").GetString().ShouldBe($"LID-{lid}");
        DfidsOf(await (await GetAsync(colleague, ItemsPath)).ShouldBeOkAsync()).ShouldBe([$"LID-{lid}"]);
    }

    [Test]
    public async Task ShouldHideALocalItemFromUsersAndAdminsOfAnotherWorkspace()
    {
        var alice = await RegisterAsync();
        var stranger = await RegisterAsync();
        var otherAdmin = await RegisterAsync();
        await MakeAdminAsync(otherAdmin);
        var lid = await CreateLocalItemAsync(alice, null);
        var dfid = await CreateItemAsync(alice, null, ("tag", "registered"));

        foreach (var outsider in new[] { stranger, otherAdmin })
        {
            await (await GetAsync(outsider, $"{ItemsPath}/LID-{lid}"))
                .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        }

        (await (await GetAsync(stranger, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
        DfidsOf(await (await GetAsync(otherAdmin, ItemsPath)).ShouldBeOkAsync())
            .ShouldBe([dfid], "an admin still lists every DFID item, but no other workspace's local item");
        (await GetItemAsync(otherAdmin, dfid)).GetProperty("dfid").GetString().ShouldBe(dfid);
    }

    [Test]
    public async Task ShouldRefuseToShareALocalItemOutOfItsWorkspace()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var lid = await CreateLocalItemAsync(alice, null);

        await (await PostAsync(alice, $"{ItemsPath}/LID-{lid}/share", new { recipient_user_id = bob.UserId }))
            .ShouldBeErrorAsync(
                HttpStatusCode.BadRequest, "local_item_not_shareable",
                "A local item cannot be shared; push it to a circuit to share it");
        await WithDatabaseAsync(async db => (await db.ItemShares.CountAsync(s => s.Dfid == $"LID-{lid}")).ShouldBe(0));
        await (await GetAsync(bob, $"{ItemsPath}/LID-{lid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        (await (await GetAsync(bob, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }
}
