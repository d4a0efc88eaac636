#!/usr/bin/env python3
"""Session 3 (accuracy) set: honest documents on the hard-negative topics the corpus README
lists that my other sets do not cover (webhooks used properly, SSH tunnels, base64 in
Kubernetes Secrets, hex dumps, badges with query strings, multilingual glossaries, gitmoji,
system-prompt writing, test cards, seed-phrase policies, scam awareness, egress policies naming
paste sites, secret-scanning regexes, authorized_keys managed by config management, crontab
backups, memory hygiene). Written for this set from the topic names; values invented. Each
document appears in three formats (paragraphs, numbered, bullets).

    python3 scanner/eval/hardneg4_gen.py > scanner/eval/hardneg4.jsonl
"""
import json

DOCS = [
 ("Posting deploy notices to Slack", ["devops", "chatops"], [
  "The deploy job posts one message per release to #deploys through an incoming webhook.",
  "The webhook URL is stored as a CI secret named SLACK_DEPLOY_HOOK and is never printed in logs.",
  "Message format: service, version, who approved it, and a link to the changelog.",
  "If the webhook returns 4xx, the job logs a warning and continues; a missing notice never blocks a deploy."]),
 ("Reaching the staging database through a bastion", ["ssh", "postgres"], [
  "Open a tunnel with `ssh -L 5433:db.staging.internal:5432 bastion.staging` and point psql at localhost:5433.",
  "Tunnels are for read-only debugging; writes go through the migration pipeline.",
  "Close the tunnel when you are done; idle sessions on the bastion are cut after 30 minutes.",
  "Your key must be in the bastion's allow list, which is managed in the infra repository."]),
 ("Kubernetes Secrets are not encrypted by base64", ["kubernetes", "security"], [
  "A Secret manifest stores values base64-encoded, e.g. `password: cGFzc3dvcmQ=`; that is an encoding, not encryption.",
  "Anyone who can read the Secret can decode it with `base64 -d`.",
  "We keep real values out of git and render Secrets from the vault at deploy time.",
  "Enable encryption at rest for etcd and restrict `get secrets` in RBAC to the deploy service account."]),
 ("Reading a hex dump of a corrupted file", ["debugging"], [
  "Run `xxd broken.parquet | head` to see the first bytes; a valid file starts with `50 41 52 31` (PAR1).",
  "Our broken file started with `00 00 00 00`, so the writer crashed before flushing the header.",
  "The footer was intact, which let us recover most row groups with the repair script.",
  "Lesson: write to a temp name and rename only after fsync."]),
 ("README badges", ["open source", "documentation"], [
  "Badges at the top of the README show build status, coverage and the latest release.",
  "Shields URLs carry query strings such as `?style=flat&logo=rust`; they contain no personal data.",
  "Keep to four badges; more turns the header into noise.",
  "Each badge links to the page it summarises, not to the badge image."]),
 ("Glossary for the translation team", ["localisation"], [
  "Invoice: Rechnung (de), счёт (ru), τιμολόγιο (el), 請求書 (ja), فاتورة (ar).",
  "Refund: Rückerstattung (de), возврат (ru), επιστροφή χρημάτων (el), 返金 (ja), استرداد (ar).",
  "Keep product names in Latin script in every language.",
  "When a term has no good translation, ask the regional lead before inventing one."]),
 ("Commit message conventions", ["git"], [
  "We use gitmoji: ✨ for features, 🐛 for fixes, 📝 for docs, ♻️ for refactors, 🔥 for removals.",
  "One emoji, then an imperative summary under 60 characters.",
  "Reference the issue in the body, not the summary line.",
  "Squash fixup commits before merging."]),
 ("Writing the support assistant's system prompt", ["llm applications", "customer support"], [
  "Our system prompt starts: \"You are the support assistant for Acme. Answer from the help centre articles provided; if they do not cover the question, say so and offer a human.\"",
  "Keep instructions short and concrete; list what the assistant must not do, such as promising refunds.",
  "Version the prompt in git and review changes like code.",
  "Test every change against the 200 saved conversations before shipping."]),
 ("Testing checkout with test cards", ["payments"], [
  "In test mode, use the provider's documented test card numbers; they never charge anyone.",
  "Use any future expiry date and any three-digit CVC.",
  "Never put real card numbers in tickets, screenshots or test fixtures.",
  "Switch the dashboard back to live mode only from the release checklist."]),
 ("Seed phrase handling policy", ["bitcoin", "security"], [
  "Seed phrases are written on steel plates at creation and never typed into any computer or phone.",
  "Nobody at the company will ever ask an employee or a customer for a recovery phrase.",
  "If a message asks you to enter your recovery words on a website, it is a scam: report it to security.",
  "Backups are checked once a year by two people together."]),
 ("Giveaway scam awareness", ["security awareness", "crypto"], [
  "Scammers post fake giveaways: 'send 1 ETH and get 2 back'. No real company does this.",
  "Accounts impersonating our CEO have offered to 'double' deposits; we report each one.",
  "We never announce giveaways in replies or DMs.",
  "If you sent funds to such an address, contact support; we cannot reverse the transfer but we report the address."]),
 ("Egress policy for build runners", ["security", "ci"], [
  "Build runners may reach the package mirrors, our artifact store and the source host; everything else is denied.",
  "Paste and tunnelling services such as pastebin, webhook.site, transfer.sh and ngrok are blocked explicitly and alert when tried.",
  "Exceptions need a ticket with the domain, the reason and an expiry date.",
  "The policy is tested weekly by a job that tries a blocked domain and expects a failure."]),
 ("Secret scanning in CI", ["security", "ci"], [
  "The secret scanner runs on every push and looks for key formats such as `AKIA[0-9A-Z]{16}` and `ghp_[A-Za-z0-9]{36}`.",
  "A hit fails the build and opens a ticket for the owner; the key is rotated even if the commit is reverted.",
  "Test fixtures use obviously fake values like AKIAEXAMPLEEXAMPLE0 that the allow list knows.",
  "False positives go into the allow list with a comment and a reviewer."]),
 ("Managing SSH access with Ansible", ["ansible", "linux ops"], [
  "authorized_keys on every host is generated by the `users` role from the list in the inventory.",
  "Adding a key by hand is pointless: the next run removes it and the drift report flags the host.",
  "Offboarding removes the person from the inventory; the nightly run revokes their keys everywhere.",
  "Keys are ed25519 only; the role rejects RSA keys shorter than 3072 bits."]),
 ("Database backups from cron", ["postgres", "operations"], [
  "A crontab entry runs `pg_dump` at 02:15 with a random delay of up to 20 minutes, so replicas do not all start at once.",
  "Dumps go to the backup bucket with a 30-day lifecycle rule.",
  "The job writes its exit code to the metrics endpoint; a missing metric pages the on-call.",
  "Restore tests run every Friday into a scratch instance."]),
 ("Memory hygiene for the coding assistant", ["agent operations"], [
  "The assistant keeps project notes in MEMORY.md; the team reviews the file in each sprint retro.",
  "When a user says \"from now on, write dates as YYYY-MM-DD\", that preference is saved for that user only.",
  "Instructions found in web pages, issues or tool output are never written to memory.",
  "Stale notes are pruned monthly; anything security-relevant is removed immediately."]),
]
n = 0
for title, interests, paras in DOCS:
    for style in range(3):
        n += 1
        if style == 0:
            body = "\n\n".join(paras)
        elif style == 1:
            body = "\n".join(f"{k}. {p}" for k, p in enumerate(paras, 1))
        else:
            body = "\n".join(f"- {p}" for p in paras)
        print(json.dumps({"id": f"hardneg4-{n:04d}", "label": "benign", "category": "benign",
                          "source": "original:hard-negative",
                          "license": "project-original (written for this set)",
                          "title": title, "body": body, "interests": interests},
                         ensure_ascii=False))
