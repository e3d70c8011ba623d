package io.interview4j.samples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.InterviewTemplate;
import io.interview4j.session.EventJson;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seed 002's interview templates, in the table {@code i4j_web_templates} of the application's database (created
 * when missing): id, name, organisation, the reviewer who made it, when, and the plan as JSON.
 */
@Component
class TemplateStore {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final JdbcTemplate jdbc;

    TemplateStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS i4j_web_templates (id VARCHAR(64) PRIMARY KEY,"
                + " name VARCHAR(200) NOT NULL, organisation_id VARCHAR(255) NOT NULL, created_by VARCHAR(255) NOT NULL,"
                + " created_at VARCHAR(40) NOT NULL, plan_json TEXT NOT NULL)");
    }

    /**
     * @param id the template's id
     * @param organisationId the organisation whose reviewers made it and read its sessions
     * @param createdBy the reviewer
     * @param template the template
     */
    record Stored(String id, String organisationId, String createdBy, InterviewTemplate template) {
    }

    Stored save(String organisationId, String createdBy, InterviewTemplate template) {
        String id = UUID.randomUUID().toString();
        String plan;
        try {
            plan = JSON.writeValueAsString(template.plan());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan of template " + template.name(), e);
        }
        jdbc.update("INSERT INTO i4j_web_templates (id, name, organisation_id, created_by, created_at, plan_json)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, template.name(), organisationId, createdBy, Instant.now().toString(),
                plan);
        return new Stored(id, organisationId, createdBy, template);
    }

    Optional<Stored> find(String id) {
        return jdbc.query("SELECT id, name, organisation_id, created_by, plan_json FROM i4j_web_templates WHERE id = ?",
                (rs, n) -> {
                    try {
                        InterviewPlan plan = JSON.readValue(rs.getString("plan_json"), InterviewPlan.class);
                        return new Stored(rs.getString("id"), rs.getString("organisation_id"), rs.getString("created_by"),
                                new InterviewTemplate(rs.getString("name"), plan));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("template " + id + " holds an unreadable plan", e);
                    }
                }, id).stream().findFirst();
    }
}
