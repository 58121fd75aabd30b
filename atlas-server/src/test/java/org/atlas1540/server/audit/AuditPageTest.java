package org.atlas1540.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atlas1540.server.account.Accounts;
import org.atlas1540.server.account.Role;
import org.atlas1540.server.testing.SignedInHttp;
import org.atlas1540.server.testing.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log pages through real HTTP: a change made on the account pages, as the log shows it. */
class AuditPageTest extends WebTestSupport {
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    Accounts accounts;

    private String name;
    private SignedInHttp admin;

    @BeforeEach
    void aRoleChangedOnTheAccountPage() {
        SignedInHttp.accounts(accounts);
        name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(name, Role.EDITOR, SignedInHttp.PASSWORD.toCharArray());
        admin = SignedInHttp.as(port, SignedInHttp.ADMIN);
        Matcher version = VERSION.matcher(admin.get("/admin/users/" + name).body());
        assertThat(version.find()).isTrue();
        var changed = admin.postForm("/admin/users/" + name + "/role", Map.of("role", "admin",
                "version", version.group(1)));
        assertThat(changed.statusCode()).isEqualTo(303);
    }

    @Test
    void theRecordsPageShowsTheChangeFieldByFieldWithWhoMadeIt() {
        var page = admin.get("/admin/audit/account/" + name);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Changes to <span>account " + name + "</span>")
                .containsPattern("<span>role changed</span> by <span>test-admin</span>")
                .containsPattern("<tr class=\"changed\">\\s*<th scope=\"row\">role</th>\\s*<td>editor</td>\\s*"
                        + "<td>admin</td>\\s*<td>changed</td>")
                .containsPattern("<tr>\\s*<th scope=\"row\">enabled</th>\\s*<td>true</td>\\s*<td>true</td>\\s*"
                        + "<td>unchanged</td>")
                .doesNotContain("bcrypt").doesNotContain(SignedInHttp.PASSWORD);
    }

    @Test
    void theLogListsTheChangeNewestFirstAndFiltersByTypeActorAndDays() {
        var all = admin.get("/admin/audit");
        var mine = admin.get("/admin/audit?type=account&actor=test-admin&record=" + name);
        var later = admin.get("/admin/audit?record=" + name + "&from=2999-01-01");

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("account " + name).contains(">role changed<")
                .containsPattern("<option value=\"account\"[^>]*>account</option>");
        assertThat(mine.body()).contains("<span>1</span> entries").contains(">role changed<").contains("<td>role</td>");
        assertThat(later.body()).contains("<span>0</span> entries").contains("No entries.");
    }

    @Test
    void aFilterThatCannotBeUsedIsNamedBesideItsField() {
        var page = admin.get("/admin/audit?from=yesterday&actor=test-admin");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).containsPattern("id=\"from-problem\" class=\"field-problem\">&#39;yesterday&#39; is not a date")
                .contains("aria-describedby=\"from-problem\"");
    }

    @Test
    void theLogIsAlsoCsvWithBeforeAndAfterAsJson() {
        var csv = admin.get("/admin/audit.csv?type=account&record=" + name, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment"));
        assertThat(csv.body()).startsWith("\uFEFFid,at,actor,record_type,record_id,action,before,after\r\n")
                .contains(",test-admin,account," + name + ",role changed,")
                .contains("\"\"role\"\":\"\"admin\"\"");
        assertThat(csv.body().lines()).hasSize(3);
        assertThat(admin.get("/admin/audit/account/" + name).body())
                .contains("href=\"/admin/audit.csv?type=account&amp;record=" + name + "\"");
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        assertThat(SignedInHttp.as(port, SignedInHttp.EDITOR).get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(SignedInHttp.anonymous(port).get("/admin/audit/account/" + name).statusCode()).isEqualTo(302);
        assertThat(SignedInHttp.as(port, SignedInHttp.EDITOR).get("/admin/audit.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void noAddressChangesTheLog() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            var response = admin.send(java.net.http.HttpRequest.newBuilder(admin.uri("/admin/audit/account/" + name))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).as(method).isEqualTo(405);
        }
    }
}
