using System.Net;
using System.Text.RegularExpressions;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed partial class ShareTests : ItemWorkflowTestBase
{
    [Test]
    public async Task ShouldShareAnItemWithAnotherUser()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var share = await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId }))
            .ShouldBeOkAsync();

        ShareIdPattern().IsMatch(share.GetProperty("share_id").GetString()!).ShouldBeTrue();
        share.GetProperty("dfid").GetString().ShouldBe(dfid);
        share.GetProperty("recipient_user_id").GetString().ShouldBe(bob.UserId);
        share.GetProperty("shared_at").GetInt64().ShouldBeInRange(before - 1, before + 60);
    }

    [Test]
    public async Task ShouldAnswerTheExistingShareWhenSharingTwiceWithTheSameUser()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var first = await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId }))
            .ShouldBeOkAsync();

        var second = await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId, permissions = new[] { "write" } }))
            .ShouldBeOkAsync();

        second.GetProperty("share_id").GetString().ShouldBe(first.GetProperty("share_id").GetString());
        var listed = await (await GetAsync(bob, $"{ItemsPath}/shared-to/{bob.UserId}")).ShouldBeOkAsync();
        listed.GetArrayLength().ShouldBe(1);
        listed[0].GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["read"]);
    }

    [Test]
    public async Task ShouldRefuseToShareWithAnUnknownUser()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = "user-nobody" });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "user_not_found", "User not found");
    }

    [Test]
    public async Task ShouldRefuseToShareWithYourself()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = alice.UserId });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "share_with_self", "Cannot share an item with yourself");
    }

    [Test]
    public async Task ShouldRequireARecipient()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { permissions = new[] { "read" } });

        await response.ShouldBeValidationErrorAsync("recipient_user_id", "recipient_user_id is required");
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenSharingAnUnknownOrSomeoneElsesItem()
    {
        var alice = await RegisterAsync();
        var mallory = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var unknown = await PostAsync(alice, $"{ItemsPath}/DFID-20260101-000999-1234/share", new { recipient_user_id = mallory.UserId });
        var foreign = await PostAsync(mallory, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = alice.UserId });

        await unknown.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        await foreign.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        (await GetAsync(mallory, $"{ItemsPath}/{dfid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldNotLetARecipientReshareTheItem()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var carol = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        var response = await PostAsync(bob, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = carol.UserId });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "not_item_owner", "Only the item's creator or an admin may share it");
    }

    [Test]
    public async Task ShouldLetAnAdminShareSomeoneElsesItem()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        await (await PostAsync(admin, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        (await GetItemAsync(bob, dfid)).GetProperty("dfid").GetString().ShouldBe(dfid);
    }

    [Test]
    public async Task ShouldMakeASharedItemVisibleToTheRecipientButNotChangeable()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var carol = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, new { breed = "nelore" }, ("ear_tag", "A-1"));
        (await GetAsync(bob, $"{ItemsPath}/{dfid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        (await GetItemAsync(bob, dfid)).GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("nelore");
        var listed = await (await GetAsync(bob, ItemsPath)).ShouldBeOkAsync();
        listed.EnumerateArray().Select(i => i.GetProperty("dfid").GetString()).ShouldBe([dfid]);
        var byIdentifier = await (await GetAsync(bob, $"{ItemsPath}/identifier/ear_tag/A-1")).ShouldBeOkAsync();
        byIdentifier.GetArrayLength().ShouldBe(1);
        (await (await GetAsync(bob, $"{ItemsPath}/stats")).ShouldBeOkAsync()).GetProperty("total_items").GetInt32().ShouldBe(1);
        await (await PutAsync(bob, $"{ItemsPath}/{dfid}", new { enriched_data = new { breed = "angus" } }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner");
        await (await PostAsync(bob, $"{ItemsPath}/{dfid}/split", new { identifiers_for_new_item = new[] { new { key = "ear_tag", value = "A-1" } } }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner");
        (await GetItemAsync(alice, dfid)).GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("nelore");
        (await GetAsync(carol, $"{ItemsPath}/{dfid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await GetAsync(carol, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseTheRecipientEveryChangeOfASharedItem()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, new { breed = "nelore" }, ("ear_tag", "A-1"), ("lot", "L1"));
        await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        await ShouldRefuseEveryChangeAsync(bob, dfid);
    }

    [Test]
    public async Task ShouldAnswer409WhenAnotherRequestSharesWithTheSameUserFirst()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        // The test plays the other request: its share is inserted but not committed, so the API finds no share,
        // inserts its own and waits on the unique (dfid, recipient) index until the test commits.
        await using var other = await HeldTransaction.BeginAsync(
            """
            INSERT INTO item_shares (share_id, dfid, shared_by, recipient_user_id, shared_at, permissions, source_entry)
            VALUES ('SHARE-20260101000000-0000ABCD', @dfid, @alice, @bob, now(), '{read}', gen_random_uuid())
            """,
            new NpgsqlParameter("dfid", dfid), new NpgsqlParameter("alice", alice.UserId),
            new NpgsqlParameter("bob", bob.UserId));
        var sharing = PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId });
        await HeldTransaction.WaitForLockWaitersAsync(1);

        await other.CommitAsync();

        await (await sharing).ShouldBeErrorAsync(
            HttpStatusCode.Conflict, "item_already_shared", "The item is already shared with this user");
        var shared = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/shared-with/{bob.UserId}")).ShouldBeOkAsync();
        shared.GetProperty("share_id").GetString().ShouldBe("SHARE-20260101000000-0000ABCD");
    }

    [Test]
    public async Task ShouldTellWhetherAnItemIsSharedWithAUser()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var carol = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var share = await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId }))
            .ShouldBeOkAsync();

        var withBob = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/shared-with/{bob.UserId}")).ShouldBeOkAsync();
        var withCarol = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/shared-with/{carol.UserId}")).ShouldBeOkAsync();

        withBob.GetProperty("is_shared").GetBoolean().ShouldBeTrue();
        withBob.GetProperty("share_id").GetString().ShouldBe(share.GetProperty("share_id").GetString());
        withBob.GetProperty("shared_at").GetInt64().ShouldBe(share.GetProperty("shared_at").GetInt64());
        withCarol.GetProperty("is_shared").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenAskingAboutSharesOfAnItemYouCannotSee()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var mallory = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        var foreign = await GetAsync(mallory, $"{ItemsPath}/{dfid}/shared-with/{bob.UserId}");
        var unknown = await GetAsync(alice, $"{ItemsPath}/DFID-20260101-000999-1234/shared-with/{bob.UserId}");

        (await foreign.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found"))
            .ToString().ShouldNotContain("SHARE-");
        await unknown.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
    }

    [Test]
    public async Task ShouldListTheItemsSharedWithTheCaller()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var first = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var second = await CreateItemAsync(alice, new { breed = "angus" }, ("ear_tag", "A-2"));
        await CreateItemAsync(alice, null, ("ear_tag", "A-3"));
        await (await PostAsync(alice, $"{ItemsPath}/{first}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();
        var share = await (await PostAsync(alice, $"{ItemsPath}/{second}/share", new
        {
            recipient_user_id = bob.UserId, permissions = new[] { "read", "comment" },
        })).ShouldBeOkAsync();

        var listed = await (await GetAsync(bob, $"{ItemsPath}/shared-to/{bob.UserId}")).ShouldBeOkAsync();

        listed.EnumerateArray().Select(s => s.GetProperty("item").GetProperty("dfid").GetString())
            .ShouldBe([first, second], ignoreOrder: true);
        var entry = listed.EnumerateArray().Single(s => s.GetProperty("item").GetProperty("dfid").GetString() == second);
        entry.GetProperty("share_id").GetString().ShouldBe(share.GetProperty("share_id").GetString());
        entry.GetProperty("shared_by").GetString().ShouldBe(alice.UserId);
        entry.GetProperty("shared_at").GetInt64().ShouldBe(share.GetProperty("shared_at").GetInt64());
        entry.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["read", "comment"]);
        entry.GetProperty("item").GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("angus");
    }

    [Test]
    public async Task ShouldForbidListingWhatWasSharedWithSomeoneElse()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var mallory = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        var response = await GetAsync(mallory, $"{ItemsPath}/shared-to/{bob.UserId}");

        (await response.ShouldBeErrorAsync(
                HttpStatusCode.Forbidden, "forbidden", "Only that user or an admin may list the items shared with them"))
            .ToString().ShouldNotContain(dfid);
    }

    [Test]
    public async Task ShouldLetAnAdminListWhatWasSharedWithAnyone()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await (await PostAsync(alice, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = bob.UserId })).ShouldBeOkAsync();

        var listed = await (await GetAsync(admin, $"{ItemsPath}/shared-to/{bob.UserId}")).ShouldBeOkAsync();

        listed.GetArrayLength().ShouldBe(1);
    }

    [GeneratedRegex("^SHARE-[0-9]{14}-[0-9A-F]{8}$")]
    private static partial Regex ShareIdPattern();
}
