-- The guide's full English content (issue 4): nine topics, their sources and the glossary.
-- Generated from reviewed drafts; portable SQL for H2 and PostgreSQL. The first five topics were
-- seeded by V2 and not yet edited by anyone, so their sections are replaced here.

insert into source (source_key, publisher, title, published_year, url, year_kind) values ('acs-bone-mets-questions', 'American Cancer Society', 'Talking to Your Doctor About Bone Metastases', 2026, 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/questions-for-your-doctor.html', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('cancer-net-questions', 'American Society of Clinical Oncology (Cancer.Net)', 'Questions to Ask Your Health Care Team', 2022, 'https://www.cancer.net/navigating-cancer-care/diagnosing-cancer/questions-ask-your-health-care-team', 'PUBLISHED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-when-someone-you-love', 'National Cancer Institute', 'When Someone You Love Is Being Treated for Cancer: Support for Caregivers', 2022, 'https://www.cancer.gov/publications/patient-education/when-someone-you-love-is-being-treated', 'PUBLISHED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-pdq-family-caregivers', 'National Cancer Institute', 'Family Caregivers in Cancer (PDQ®)–Patient Version', 2026, 'https://www.cancer.gov/about-cancer/coping/family-friends/family-caregivers-pdq', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('acs-advanced-cancer-questions', 'American Cancer Society', 'What should you ask your doctor about advanced cancer?', 2026, 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/questions-for-your-doctor.html', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-prognosis', 'National Cancer Institute', 'Understanding Cancer Prognosis', 2026, 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('acs-palliative-care', 'American Cancer Society', 'What Is Palliative Care?', 2026, 'https://www.cancer.org/cancer/managing-cancer/palliative-care/what-is-palliative-care.html', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('acs-treating-bone-mets', 'American Cancer Society', 'Treating Bone Metastases', 2026, 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/treating-bone-metastases.html', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('cruk-scc-treatment', 'Cancer Research UK', 'Treatment for spinal cord compression', 2026, 'https://www.cancerresearchuk.org/about-cancer/coping/physically/spinal-cord-compression/treatment', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('medlineplus-bone-biopsy', 'MedlinePlus (U.S. National Library of Medicine)', 'Bone lesion biopsy', 2026, 'https://medlineplus.gov/ency/article/003923.htm', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('medlineplus-lumbar-mri', 'MedlinePlus (U.S. National Library of Medicine)', 'Lumbar MRI scan', 2026, 'https://medlineplus.gov/ency/article/007352.htm', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('macmillan-secondary-bone', 'Macmillan Cancer Support', 'Secondary bone cancer', 2026, 'https://www.macmillan.org.uk/cancer-information-and-support/bone-cancer-secondary', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('bmj-ng234-summary', 'BMJ', 'Spinal metastases and metastatic spinal cord compression: summary of updated NICE guidance', 2023, 'https://www.bmj.com/content/383/bmj.p1973', 'PUBLISHED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-rare-bone-tumors', 'National Cancer Institute', 'Rare Bone Tumors', 2026, 'https://www.cancer.gov/pediatric-adult-rare-tumor/rare-tumors/rare-bone-tumors', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-pdq-osteosarcoma', 'National Cancer Institute', 'Osteosarcoma Treatment (PDQ®)–Patient Version', 2026, 'https://www.cancer.gov/types/bone/patient/osteosarcoma-treatment-pdq', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-pdq-ewing', 'National Cancer Institute', 'Ewing Sarcoma Treatment (PDQ®)–Patient Version', 2026, 'https://www.cancer.gov/types/bone/patient/ewing-treatment-pdq', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-pdq-plasma-cell', 'National Cancer Institute', 'Plasma Cell Neoplasms (Including Multiple Myeloma) Treatment (PDQ®)–Patient Version', 2026, 'https://www.cancer.gov/types/myeloma/patient/myeloma-treatment-pdq', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('medlineplus-spinal-tumor', 'MedlinePlus (U.S. National Library of Medicine)', 'Spinal tumor', 2026, 'https://medlineplus.gov/ency/article/001403.htm', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('cruk-scc-about', 'Cancer Research UK', 'Spinal cord compression', 2026, 'https://www.cancerresearchuk.org/about-cancer/coping/physically/spinal-cord-compression/about', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('cruk-secondary-bone', 'Cancer Research UK', 'What is secondary bone cancer?', 2026, 'https://www.cancerresearchuk.org/about-cancer/secondary-cancer/secondary-bone-cancer/about', 'ACCESSED');
insert into source (source_key, publisher, title, published_year, url, year_kind) values ('nci-pdq-adult-cns', 'National Cancer Institute', 'Adult Central Nervous System Tumors Treatment (PDQ®)–Patient Version', 2026, 'https://www.cancer.gov/types/brain/patient/adult-brain-treatment-pdq', 'ACCESSED');
delete from section where topic_id = (select id from topic where topic_key = 'overview' and language = 'en');
delete from topic_source where topic_id = (select id from topic where topic_key = 'overview' and language = 'en');
update topic set slug = 'overview', title = 'What is lumbar spine cancer?', summary = 'This page explains what the lumbar spine is and how tumours can grow there. It covers tumours that start in the spine, cancer that spreads there from other parts of the body, and who is most likely to be affected. It also lists the warning signs that mean you need emergency help.', position = 1, reviewed_on = DATE '2026-11-25' where topic_key = 'overview' and language = 'en';
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 1, 'lumbar-spine', 'Your lower back', 'Your lumbar spine is your lower back. It is made of five bones stacked on top of each other. Doctors call these bones vertebrae. They number them L1 at the top to L5 at the bottom.

Between each pair of bones is a soft pad called a disc. The discs act like cushions. They help your back bend and twist.

The bones form a tunnel down the middle of your back. This tunnel protects your nerves.

- **The spinal cord** is a thick bundle of nerves. It runs from your brain down your back. In most adults it ends near the top of the lower back, around L1 or L2.
- **The cauda equina** is the bundle of nerve roots below the end of the spinal cord. The name means "horse''s tail", because that is how it looks.

These nerves carry messages to and from your legs. They also help control your bladder, your bowel and your sex organs.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 2, 'what-is-a-tumour', 'What is a spinal tumour?', 'A tumour is a lump of cells that grow when they should not. In the lower back, a tumour can grow in the bones, in the tissue around them, or on the nerves.

A tumour can cause problems in two main ways:

- It can press on the spinal cord or the nerve roots. This can stop the nerves working properly.
- It can weaken a bone. A weak bone can crack or collapse, and this can hurt.

Even a tumour that is not cancer can press on nerves. So every spinal tumour needs to be checked by a specialist team. The warning signs section below tells you when to get emergency help.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 3, 'primary-tumours', 'Tumours that start in the spine', 'Some tumours start in the spine itself. Doctors call these primary tumours. They are rare.

Primary tumours come in two kinds:

- **Benign** means it is not cancer. It does not spread to other parts of your body. But it can still grow and press on nerves.
- **Malignant** means it is cancer. It can grow into nearby tissue. Some types can spread to other parts of the body.

There are many types. Some start in the bone. Some start in the nerves or in their covering. Our page on types of tumour explains each one.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 4, 'spread-to-spine', 'Cancer that has spread to the spine', 'Most cancer in the spine did not start there. It started somewhere else and then spread. Doctors call this spread a metastasis. When there is more than one area, they say metastases.

Cancer that has spread to the spine is far more common than cancer that starts in the spine.

The cancers that most often spread to bone, including the spine, are:

- breast cancer
- prostate cancer
- lung cancer
- kidney cancer
- thyroid cancer

Myeloma is a little different. It is a cancer of blood cells in the bone marrow. Bone marrow is the soft, spongy tissue inside your bones. So myeloma often affects the bones of the spine.

Cancer that has spread keeps the name of where it started. For example, breast cancer in the spine is still breast cancer. Your treatment depends on that first cancer.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 5, 'inside-outside-dura', 'Inside or outside the covering of the nerves', 'Your nerves sit inside a tough, thin bag. This bag is called the dura. It holds the nerves and the fluid around them.

Doctors often describe a tumour by where it is compared to the dura:

- **Outside the dura (extradural).** These tumours grow in the bones or the tissue around them. This is the most common place. Most cancer that has spread to the spine grows here.
- **Inside the dura (intradural).** These tumours grow inside the bag, near the nerves. Some grow on the nerve roots. A few grow inside the spinal cord itself.

Where a tumour sits helps your team plan the right scans and treatment.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 6, 'who-is-affected', 'Who is affected?', 'Most people with a tumour in the lower back are adults. Many of them already know they have cancer somewhere else.

For some people, back pain is the first sign of cancer. Doctors then look for where the cancer started.

Tumours that start in the spine are much less common. Different types affect different age groups:

- Some bone cancers, such as Ewing sarcoma and osteosarcoma, mostly affect children, teenagers and young adults.
- Other types, such as chordoma (a rare bone cancer) and myeloma, mostly affect older adults.

Your care team can tell you what is usual for your type of tumour.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 7, 'get-help-now', 'Get help now: emergency warning signs', 'A tumour can press on the nerves in your back. This is an emergency. Fast treatment can help protect your ability to walk and to control your bladder and bowel.

Get emergency help now if you have any of these:

- new weakness in one or both legs, or legs that feel heavy or give way
- numbness between your legs or around your bottom (the saddle area)
- loss of control of your bladder or bowel, or you cannot pass urine
- sudden back pain, or back pain that is getting worse, if you have cancer

Do not wait to see if it gets better. Call 999 (UK) or 911 (US), or your local emergency number, or go to the emergency department (A&E) now. Tell them you have cancer, or might have cancer, and that you are worried about your spine.', 'URGENT');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'overview' and language = 'en'), 8, 'talk-to-your-team', 'Talk to your care team', 'You do not have to learn all of this at once. Your care team is there to help you.

It can help to write your questions down before you meet them. You might ask:

- What type of tumour do I have?
- Did it start in my spine, or did it spread there?
- Is it inside or outside the covering of my nerves?
- Which signs should make me call for help?
- Who do I call, day or night?

Keep your team''s phone numbers where you and your family can find them fast.', 'TIP');

insert into topic (topic_key, language, slug, title, summary, position, reviewed_on) values ('types', 'en', 'types-of-tumour', 'Types of tumour', 'This page gives short, plain notes on the main types of tumour found in the lower back. For each one, it says whether it is cancer, who tends to get it, where it grows and how it is usually treated. Your own care team will explain what your type means for you.', 2, DATE '2026-11-25');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 1, 'about-types', 'About these types', 'Many kinds of tumour can grow in the lower back. Each kind starts in a different type of cell. Each one grows and is treated in its own way.

Some are cancer. Some are not. A tumour that is not cancer is called benign. A benign tumour can still press on nerves and cause problems.

Each note below starts with a short answer to one question: is it cancer? Where the answer varies, we say so.

To know the exact type, doctors usually need a biopsy. This means they take a small piece of the tumour and look at it under a microscope.

These notes are general. Your care team will tell you what your type means for you.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 2, 'spinal-metastases', 'Spinal metastases', '**Is it cancer?** Yes.

A metastasis is cancer that started in another part of the body and then spread. This is the most common kind of tumour in the spine.

**Who gets it?** Mostly adults who already have cancer. Cancers of the breast, prostate, lung, kidney and thyroid spread to bone most often. Sometimes the spine is where the cancer is found first.

**What makes it different?** It usually grows in the bone of the spine, outside the covering of the nerves. It can weaken the bone. It can also press on the spinal cord or nerve roots.

**How is it treated?** Treatment depends on where the cancer started. It may include:

- radiotherapy, which uses high-energy rays to shrink the tumour and ease pain
- surgery to take pressure off the nerves or to make the spine stable
- medicines that treat the cancer all through the body
- pain relief and support to help you stay active', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 3, 'myeloma-plasmacytoma', 'Multiple myeloma and plasmacytoma', '**Is it cancer?** Yes.

Myeloma is a cancer of plasma cells. These are white blood cells that help fight infection. They live in the bone marrow, the soft tissue inside bones.

In multiple myeloma, the cancer cells build up in many bones. The spine is often affected. The bones can become thin and weak.

A plasmacytoma is a single lump of the same kind of cells. It can grow in one bone, such as a bone in the spine. Some people with a plasmacytoma go on to get myeloma later. So your team will keep a close check on you.

**Who gets it?** Mostly older adults.

**How is it treated?** A blood cancer team usually leads your care. Radiotherapy is often the main treatment for a single plasmacytoma. Myeloma is usually treated with medicines that work through the whole body. Surgery may be needed if a bone is unstable or a nerve is being squeezed.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 4, 'chordoma', 'Chordoma', '**Is it cancer?** Yes. It is a rare bone cancer that usually grows slowly.

A chordoma grows from tiny leftover cells. These cells helped form the spine before birth.

**Who gets it?** Mostly adults in middle age or later life. It is rare in children.

**Where does it grow?** Most often at the very base of the spine, in the bone called the sacrum. It also grows at the base of the skull. It can grow in the lower back too.

**What makes it different?** It grows slowly, but it can grow into nearby tissue. It often comes back in the same place after treatment.

**How is it treated?** Surgeons try to take out the whole tumour in one piece. Radiotherapy is often used as well. Standard chemotherapy (cancer medicines) does not usually work well for chordoma. You will need check-up scans for many years.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 5, 'chondrosarcoma', 'Chondrosarcoma', '**Is it cancer?** Yes.

Chondrosarcoma is a cancer of the cells that make cartilage. Cartilage is the smooth, firm tissue found at the ends of bones.

**Who gets it?** Mostly adults. It is rare in children. It is uncommon in the spine. It grows more often in the hips, legs, arms and ribs.

**What makes it different?** Many grow slowly, but some grow faster. Doctors give each one a grade. The grade shows how fast it is likely to grow and spread.

**How is it treated?** Surgery to remove the whole tumour is the main treatment. Radiotherapy is sometimes used too. Chemotherapy does not work well for most types.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 6, 'ewing-sarcoma', 'Ewing sarcoma', '**Is it cancer?** Yes.

Ewing sarcoma is a bone cancer. It can also start in the soft tissue near a bone.

**Who gets it?** Mostly children, teenagers and young adults. It is uncommon in older adults.

**Where does it grow?** Most often in the hips, legs and ribs. In the spine, it grows more often near the base, in the sacrum.

**What makes it different?** It can grow quickly and spread to other parts of the body. But it often responds well to treatment.

**How is it treated?** Treatment usually starts with chemotherapy. Chemotherapy uses medicines to kill cancer cells. Surgery, radiotherapy or both are then used to treat the tumour itself. A specialist team for children and young people usually leads this care.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 7, 'osteosarcoma', 'Osteosarcoma', '**Is it cancer?** Yes.

Osteosarcoma is a cancer of the cells that make new bone.

**Who gets it?** It is most common in teenagers and young adults. It can also affect older adults.

**Where does it grow?** Most often in the long bones of the legs and arms, near the knee or shoulder. It is rare in the spine.

**What makes it different?** It can grow quickly and spread, often to the lungs.

**How is it treated?** Treatment usually includes chemotherapy and surgery. In the spine, it can be hard to remove the whole tumour. So radiotherapy may also be used.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 8, 'lymphoma', 'Lymphoma', '**Is it cancer?** Yes.

Lymphoma is a cancer of white blood cells called lymphocytes. These cells are part of your body''s defence against infection.

**Where does it grow?** Lymphoma usually starts in the lymph glands. It can spread to the bones of the spine, or to the space around the nerves. Rarely, it starts in a bone of the spine.

**Who gets it?** It can affect people of any age. Most people who get it are adults.

**How is it treated?** Lymphoma often responds well to chemotherapy and radiotherapy. These are the main treatments. Surgery is only sometimes needed. For example, it may be used to take a sample, or to ease pressure on the nerves.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 9, 'ependymoma', 'Ependymoma', '**Is it cancer?** It varies. Most ependymomas in the lower back grow slowly, and doctors may not call them cancer. But they can come back, and some types behave like cancer. Ask your team which type you have.

An ependymoma grows from cells that line the fluid-filled space in the middle of the spinal cord.

**Where does it grow?** In the lower back, a common type grows at the very end of the spinal cord. It grows among the nerve roots of the cauda equina (the bundle of nerve roots below the spinal cord). It grows inside the covering of the nerves.

**Who gets it?** Mostly adults. It can also affect children.

**How is it treated?** The main treatment is surgery to remove the whole tumour. If some is left behind, radiotherapy may help. It can come back, sometimes years later. So you will have check-up scans for a long time.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 10, 'schwannoma', 'Schwannoma', '**Is it cancer?** No. It is usually benign (not cancer), but it can still press on nerves.

A schwannoma grows from cells that wrap around nerves like a sleeve.

**Where does it grow?** In the lower back, it grows on a nerve root of the cauda equina. It is one of the most common tumours in this area. It usually grows inside the covering of the nerves.

**Who gets it?** Mostly adults. Some rare conditions that run in families can cause several of them.

**How is it treated?** If it causes symptoms, surgery can often remove it. A small one that causes no problems may just be watched with regular scans. Very rarely, a tumour of this kind is cancer.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 11, 'meningioma', 'Meningioma', '**Is it cancer?** No. It is usually benign (not cancer), but it can still press on nerves.

A meningioma grows from the layers of tissue that cover the brain and spinal cord.

**Who gets it?** It is more common in women. It usually affects people in middle age or later life.

**Where does it grow?** In the spine, it grows most often in the middle of the back. It can grow in the lower back, but this is less common.

**How is it treated?** Surgery is the main treatment if it causes symptoms. A small one may just be watched with scans. It can come back after surgery. In rare cases, a faster-growing type is found.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 12, 'benign-bone-tumours', 'Benign bone tumours', '**Is it cancer?** No. These are benign (not cancer), but some can still press on nerves or weaken bone.

Several kinds of tumour that are not cancer can grow in the bones of the spine. Here are three of them.

**Haemangioma** is a small tangle of blood vessels inside a bone. It is very common. It is often found by chance on a scan done for another reason. Most cause no problems and need no treatment. Rarely, one grows and presses on nerves, and then treatment may help.

**Osteoid osteoma** is a small, painful bone tumour. It mostly affects teenagers and young adults. The pain is often worse at night. Doctors can remove it or destroy it with heat through a thin needle.

**Giant cell tumour of bone** mostly affects young adults. It is not cancer, but it can damage nearby bone and come back after treatment. Surgery is the main treatment. Medicines are sometimes used as well.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'types' and language = 'en'), 13, 'ask-about-your-type', 'Ask about your type', 'Ask your team to write down the full name of your tumour. Ask if it is cancer, and whether it started in your spine or spread there.

This will help you find the right information. It will also help you ask better questions at your next visit.', 'TIP');

delete from section where topic_id = (select id from topic where topic_key = 'symptoms' and language = 'en');
delete from topic_source where topic_id = (select id from topic where topic_key = 'symptoms' and language = 'en');
update topic set slug = 'symptoms', title = 'Symptoms', summary = 'This page explains the signs that a tumour may be affecting the bones or nerves in your lower back. It also shows which signs need emergency help now, which need a call to your care team today, and which can wait for your next appointment.', position = 3, reviewed_on = DATE '2026-11-25' where topic_key = 'symptoms' and language = 'en';
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 1, 'call-999-now', 'Call 999 or 911, or go to the emergency department now if:', 'You have any of these signs:

- new weakness in your legs, or trouble walking
- numbness or tingling between your legs, around your bottom or around your genitals (the saddle area)
- you cannot control your bladder or bowels
- you need to pee but cannot
- sudden, very bad back or neck pain
- back or neck pain that gets worse fast
- pain like a tight band around your chest or tummy

The pain signs matter most if you have cancer or had it in the past. The other signs need help now for anyone.

**Do not wait** to see if it gets better, even at night. Tell them you have cancer and are worried about your spine.

This is an emergency. The nerves in your spine can be harmed for good if they are not treated fast.', 'URGENT');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 2, 'contact-care-team-today', 'Contact your care team today if:', 'Call your cancer team, your specialist nurse or your GP today. In the US, call your doctor''s office or their after-hours line. Do this if you have cancer, or had it in the past, and:

- you have new back pain
- your usual back pain has changed, or is slowly getting worse
- pain wakes you at night or stops you sleeping
- pain gets worse when you cough, sneeze or go to the toilet
- one spot on your spine hurts when you press it
- you have signs of high calcium, such as thirst, constipation or feeling a bit muddled
- you have any new sign that worries you

UK guidance says back pain like this in a person with cancer should be checked quickly. Tell the team you have cancer and you are worried about your spine.

**Is the pain sudden, very bad, or getting worse fast? Do you have any sign from the emergency list? Then do not wait. Call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.**

**If you are having cancer treatment:** you may get a high temperature, shivers, or suddenly feel unwell. If so, call your cancer helpline straight away, day or night. Do not wait until the next day. An infection can get serious fast.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 3, 'mention-at-next-appointment', 'Mention at your next appointment:', 'Some changes are not urgent. But your team still wants to hear about them. Write them down and take the list to your next visit. For example:

- mild back pain that has not changed
- feeling more tired than usual
- small changes in your sleep or how much you eat
- mild side effects of treatment that you can cope with
- worries about your mood, work or money

If you are not sure how urgent something is, call your team and ask. It is always fine to ask. If you notice any sign from the emergency list, call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 4, 'common-symptoms', 'Common symptoms', 'Back pain is often the first sign. It may feel different from everyday backache. The pain may:

- last for weeks and not go away
- be worse at night or when you lie down
- wake you up or stop you sleeping
- not ease when you rest
- not ease with your usual painkillers
- get worse when you cough, sneeze or strain on the toilet

Other common signs are:

- pain that spreads down one or both legs
- numbness or tingling (pins and needles) in your legs or feet
- weak legs, or legs that feel heavy

Lots of things cause back pain. Most back pain is not cancer. But if you have cancer, or had it in the past, tell your team about any new back pain.

**Is the weakness, numbness or tingling new, or getting worse? Then call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.**', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 5, 'less-common-symptoms', 'Less common symptoms', 'Some people have other signs, such as:

- trouble walking, or feeling unsteady on your feet
- poor balance, or falls
- a lump or swelling on your back
- losing weight when you are not trying to
- feeling very tired all the time
- signs of high calcium in your blood

High calcium can happen when cancer harms the bones. It can also happen with some cancers that have not spread to bone. Signs of high calcium include:

- feeling very thirsty
- passing more pee than usual
- constipation (it is hard to poo)
- feeling sick, or not wanting to eat
- feeling muddled or confused
- feeling very sleepy or weak

Trouble walking can be a sign that a tumour is pressing on nerves. **If this is new or getting worse, call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.**', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 6, 'why-symptoms-happen', 'Why symptoms happen', 'Your spine is a stack of bones. These bones guard your spinal cord. The cord is a thick bundle of nerves. It carries messages from your brain to your body.

The cord stops near the top of your lower back. Below that, a bunch of loose nerves hangs down like a horse''s tail. Doctors call this the cauda equina. These nerves help you move and feel your legs. They also help you control your bladder and bowels.

A tumour can cause symptoms in two main ways:

- **It presses on nerves.** This can cause pain, numbness, tingling or weak legs. It can also affect your bladder and bowels.
- **It makes a bone weak.** A weak bone can ache. It can also crack or sink down. This can cause sudden, bad pain.

Pressure on the cord is called spinal cord compression. Pressure on the horse''s tail nerves is called cauda equina syndrome. Both need fast care. **If you have signs of either, call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.**', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), 7, 'symptom-diary', 'Keep a symptom diary', 'A symptom diary is a simple note of how you feel each day. It helps your team spot changes early. You can use a notebook or your phone. Each day, jot down:

- where you have pain
- how bad the pain is, from 0 to 10
- what makes it better or worse
- if pain woke you in the night
- any numbness, tingling or weak legs
- any change in your bladder or bowels
- which painkillers you took, and if they helped
- how tired you feel

Take your diary to each visit. A friend or family member can help you fill it in. The diary is for keeping track. It is not a reason to wait. If you notice an emergency sign, call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.', 'TIP');

delete from section where topic_id = (select id from topic where topic_key = 'diagnosis' and language = 'en');
delete from topic_source where topic_id = (select id from topic where topic_key = 'diagnosis' and language = 'en');
update topic set slug = 'diagnosis', title = 'Tests and diagnosis', summary = 'This page explains the tests you may have if doctors think there is a tumour in your lower back. For each test, it covers why it is done, what it is like, how to get ready and when you might get results.', position = 4, reviewed_on = DATE '2026-11-25' where topic_key = 'diagnosis' and language = 'en';
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 1, 'about-your-tests', 'About your tests', 'Tests help your team answer some key questions:

- Is there a tumour in or near your spine?
- Did it start there, or spread from somewhere else?
- What type of tumour is it?
- Is it pressing on your spinal cord or nerves?
- Has it made a bone weak?

You may not need every test on this page. The tests you have, and their order, depend on your symptoms and your health. Your team will explain why they suggest each one. You can always ask.

Some signs mean you should not wait for a test date. These include new leg weakness, numbness between your legs or around your bottom, and loss of bladder or bowel control. If you have any of these, call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 2, 'examination', 'Physical and neurological examination', '**Why it is done:** This is usually the first step. It helps your doctor find where the problem is. A neurological examination checks how well your nerves are working.

**What it is like:** The doctor asks about your symptoms and your health. They press gently along your spine to find sore spots. They test the strength in your legs and feet. They check if you can feel light touch or a pin prick. They tap your knees and ankles with a small hammer to test your reflexes. They may watch you walk.

If you have bladder or bowel problems, the doctor may need to check the feeling around your bottom. They may also gently check the muscle inside your back passage with a gloved finger. They will explain first and ask your permission. You can ask for a chaperone (another staff member in the room).

**How to get ready:** You do not need to do anything special. Take a list of your medicines. Take your symptom diary if you keep one.

**Results:** The doctor can often tell you what they found straight away. They will then explain which tests you need next.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 3, 'mri-scan', 'MRI scan', '**Why it is done:** An MRI scan is the key test for a tumour in the spine. It uses a strong magnet and radio waves to make detailed pictures. It does not use X-rays. It shows the bones, the spinal cord and the nerves. It can show if a tumour is pressing on them.

Your team may think a tumour is pressing on your spinal cord or nerves. If so, you need an MRI of your whole spine urgently. UK guidance from NICE says this should happen within 24 hours. If you have back pain that could mean spread to the spine, but no nerve symptoms, the scan should still be done soon. The guidance says within a week. The whole spine is scanned because a tumour can affect more than one place.

**What it is like:** You lie on a padded bed. It slides into a large tube that is open at both ends. You need to lie very still. The scanner makes loud banging and buzzing sounds, so you get earplugs or headphones. You can talk to the staff through a speaker. A scan often takes between 15 minutes and an hour. A whole spine scan may take longer. Some people have an injection of dye (contrast) into a vein. This makes some parts show up more clearly.

**How to get ready:** You usually fill in a safety form first. Tell the staff if you have a pacemaker, a metal implant, or ever had metal in your eyes. Some people with these cannot have MRI. If so, you may have a CT scan instead. Take off jewellery, watches and anything with metal. Tell the staff if small spaces make you anxious. They can help you feel calm, and may offer medicine to relax you. Lying still can hurt if you have back pain. Ask if you can take pain relief before the scan. You can usually eat, drink and take your medicines as normal, unless your letter says otherwise.

**Results:** A specialist doctor called a radiologist looks at the pictures and writes a report. Urgent scans are often looked at the same day. Other results often take a few days to a couple of weeks. Ask your team when to expect them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 4, 'ct-scan', 'CT scan', '**Why it is done:** A CT scan takes many X-rays from different angles. A computer joins them into detailed pictures. A CT scan shows bone very clearly. It can show if a tumour has damaged a bone or made it weak. You may have one if you cannot have MRI. A CT scan of your chest and tummy can also help find where a cancer started, or if it has spread. Doctors also use CT to guide a biopsy needle.

**What it is like:** You lie on a bed that moves slowly through a large ring. The scan itself is quick and painless. You may have dye injected into a vein. This can make you feel warm all over. It can also feel as if you are passing urine, but you are not. These feelings pass quickly.

**How to get ready:** You may be asked not to eat for a few hours before. Tell the staff if you have kidney problems, diabetes or any allergies. Also tell them if you had a reaction to scan dye before. Tell them if you are or might be pregnant.

**Results:** Results often take a few days to a couple of weeks. Urgent scans can be quicker. Ask your team when to expect them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 5, 'x-ray', 'X-ray', '**Why it is done:** An X-ray is often one of the first tests for bone pain. It can show damage to a bone, or a break. But an X-ray can miss early changes in the spine. So a normal X-ray does not rule out a tumour. If doctors think there may be a tumour in your spine, you will usually need an MRI scan as well.

**What it is like:** You stand or lie still while a machine takes a picture. It takes a few minutes and does not hurt. It uses a small amount of radiation.

**How to get ready:** You may need to change into a gown. Take off any metal near the part being checked. Tell the staff if you are or might be pregnant.

**Results:** Results often come within a few days. Ask your team how you will hear.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 6, 'bone-scan', 'Bone scan', '**Why it is done:** A bone scan looks at all the bones in your body at once. It can find areas where cancer may have spread to bone. It can sometimes find changes before they show on an X-ray. Bright areas on the scan are called hot spots. A hot spot is not always cancer. Arthritis or an old break can also show up. So you may need other tests to check.

**What it is like:** You have a small injection into a vein in your arm. It contains a tiny amount of a radioactive substance called a tracer. The tracer takes a few hours to reach your bones. You can often leave the department while you wait. Then you lie still on a bed while a camera passes close to your body. The camera does not touch you, and it is not a tunnel. The scan often takes 30 minutes to an hour.

**How to get ready:** You can usually eat, drink and take your medicines as normal. You will be asked to drink extra fluids after the injection and to pee often. This helps clear the tracer. Tell the staff if you are or might be pregnant, or if you are breastfeeding. The staff may ask you to avoid close contact with babies and pregnant women for a short time after.

**Results:** Results often take a few days to a couple of weeks. Ask your team when to expect them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 7, 'pet-ct-scan', 'PET-CT scan', '**Why it is done:** A PET-CT scan joins two scans in one machine. You have an injection of a sugar that contains a tiny amount of a radioactive tracer. Active cancer cells often take up more of this sugar than normal cells. The scan shows where this happens across your whole body. It can help find where a cancer started, or if it has spread. It can also show how well treatment is working.

**What it is like:** You have the injection, then rest quietly for about an hour. Keeping still and calm helps the sugar go to the right places. Then you lie on a bed that moves slowly through a ring. The scan often takes 30 minutes to an hour. Not every hospital has a PET-CT scanner, so you may need to travel.

**How to get ready:** You will usually be asked not to eat for several hours before the scan. You can often drink plain water. Your letter will say exactly what to do. Tell the team if you have diabetes, because you may need special advice. Arrive on time, as the tracer only lasts a short time. Tell the staff if you are or might be pregnant, or are breastfeeding. You may be asked to avoid close contact with babies and pregnant women for a few hours after.

**Results:** Results often take a few days to a couple of weeks. Ask your team when to expect them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 8, 'biopsy', 'Biopsy', '**Why it is done:** A biopsy means taking a small sample of tissue to look at under a microscope. It is usually the only way to be sure if a lump is cancer. It also shows the type of tumour. This helps your team choose the best treatment. If you already have cancer somewhere else, you may or may not need a biopsy. It depends on your situation.

**CT-guided needle biopsy:** This is the most common type. A specialist doctor uses a CT scanner to guide a hollow needle into the right spot. You usually lie on your front. You have an injection to numb the skin and the area below it. You may also have medicine to help you relax. You may feel pressure or pushing. Tell the doctor if it hurts. The doctor may take a few small samples. A small dressing covers the wound.

**Surgical biopsy:** Some people have a small operation instead. A surgeon takes a sample through a cut in the skin. This is done under general anaesthetic, so you are asleep. It may be needed if a needle biopsy is not possible, or did not give a clear answer.

If doctors think a tumour started in the bone itself, the biopsy should be done at a specialist bone cancer centre.

**How to get ready:** You usually have blood tests first to check how well your blood clots. Tell your team if you take medicine that thins your blood. They may ask you to stop it for a short time. Do not stop any medicine unless your team tells you to. You may need to stop eating for a few hours before. Arrange for someone to take you home and stay with you afterwards.

**After the biopsy:** The area may feel sore for a few days. Ask which painkillers you can take. Contact your team if the wound bleeds, gets red or hot, or you get a high temperature.

**Results:** Bone samples can take longer to test than other samples. Results often take one to two weeks, and sometimes longer. Ask your team when to expect them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 9, 'blood-and-urine-tests', 'Blood and urine tests', '**Why they are done:** These tests check your general health. They also look for signs of some cancers. You may have:

- a full blood count, to check your red cells, white cells and platelets (cells that help blood clot)
- a calcium test, because cancer in the bone can raise the calcium in your blood
- kidney tests, to check how well your kidneys work, and if it is safe to have scan dye
- liver and bone tests, which can show if cancer is affecting these areas
- tests for myeloma, a blood cancer that often affects the spine

Myeloma cells can make an abnormal protein. Blood tests look for this protein. A urine test can look for part of it, called Bence Jones protein. Sometimes you may be asked to collect all your urine for a whole day and night.

Some cancers release substances into the blood called tumour markers. For example, PSA is a marker for prostate cancer. Your team may test for a marker linked to the type of cancer they suspect.

**What it is like:** A nurse takes blood from a vein in your arm with a small needle. It only takes a few minutes. For a urine test, you pee into a small pot.

**How to get ready:** Most blood tests need no preparation. For some, you may be asked not to eat first. Your team will tell you. Drinking water before a blood test can make it easier.

**Results:** Many results come back within a few days. Special tests, such as those for myeloma, often take a week or two. Ask your team when to expect them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 10, 'waiting-for-results', 'Waiting for results and getting support', 'Waiting for results can be one of the hardest parts. It is normal to feel scared, angry or numb. You may find it hard to sleep or think clearly.

Things that can help:

- Ask when your results will be ready, and how you will get them.
- Ask who to call if you have not heard by then.
- Take someone with you when you get your results.
- Write down your questions before each visit.
- Keep your symptom diary going.
- Talk to someone you trust about how you feel.

Your specialist nurse is there to help you. In the UK, you can call the Cancer Research UK nurses free on 0808 800 4040, Monday to Friday. In the US, you can call the American Cancer Society at any time on 1-800-227-2345.

Waiting for a result is never a reason to ignore new symptoms. Watch for new leg weakness, numbness around your bottom or genitals, and loss of bladder or bowel control. If you get any of these, call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), 11, 'questions-to-ask', 'Questions to ask about your tests', 'It is fine to ask questions. You may want to write these down and take them with you:

- Why do I need this test?
- What will it show?
- What happens during the test? Will it hurt?
- How do I get ready? Can I eat and take my medicines?
- Can someone come with me?
- Is it safe for me to drive home after?
- When will I get the results, and who will tell me?
- Who do I call if I have not heard back?
- What happens next if the test shows a problem?
- Who do I call if my symptoms get worse while I wait?', 'TIP');

delete from section where topic_id = (select id from topic where topic_key = 'treatment' and language = 'en');
delete from topic_source where topic_id = (select id from topic where topic_key = 'treatment' and language = 'en');
update topic set slug = 'treatment', title = 'Treatment', summary = 'This page explains the main treatments for a tumour in the lower back, who gives them and how your team chooses them with you. It also covers common side effects and how they are eased.', position = 5, reviewed_on = DATE '2026-11-25' where topic_key = 'treatment' and language = 'en';
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 1, 'how-chosen', 'How your treatment is chosen', 'There is no single treatment that suits everyone. Your team looks at many things before they suggest a plan. They think about:

- The type of tumour you have
- Where the tumour started, and where it is now
- Whether your spine is stable, or at risk of breaking
- Whether the tumour is pressing on your nerves or spinal cord
- How well you are in general
- What matters most to you

The best treatment often depends on the tumour type. For example, myeloma and lymphoma are blood cancers that often respond well to medicines and radiotherapy. Some tumours that are not cancer can be treated with surgery alone.

Your wishes count. You can ask what each choice aims to do. Some treatments aim to remove the tumour. Others aim to slow it down or ease pain. It is fine to ask for time to think.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 2, 'care-team', 'Your care team', 'Many experts work together on your care. They meet to talk about your scans and tests. You may meet some of these people:

- **Oncologist**: a doctor who treats cancer with medicines
- **Clinical oncologist** or **radiation oncologist**: a doctor who treats cancer with radiotherapy
- **Spine surgeon**: a surgeon who operates on the back
- **Nurse specialist**: a cancer nurse who is often your main contact
- **Physiotherapist**: helps you move and get stronger
- **Occupational therapist**: helps you manage daily tasks at home
- **Palliative care team**: experts in easing pain and other symptoms

In the UK, many areas also have a spinal cord compression coordinator. You may hear this called an MSCC coordinator. This person links you quickly to the right team if a tumour presses on your spinal cord. NICE says every area should have clear routes to this care.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 3, 'get-help-now', 'If new symptoms start', 'Some signs mean the nerves in your back are being squeezed. This can happen before, during or after treatment. Get emergency care now if you have:

- New weakness in your legs, or trouble walking
- Numbness between your legs or around your bottom
- Loss of control of your bladder or bowel
- Back pain that comes on suddenly or gets worse fast

Call 999 (UK) or 911 (US), or your local emergency number, or go to the emergency department (A&E) now. Do not wait to see if it gets better.', 'URGENT');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 4, 'surgery', 'Surgery', 'An operation can help in a few ways. You may have one or more of these:

- **Decompression**: the surgeon takes away part of the tumour or bone. This takes pressure off the spinal cord and nerves.
- **Stabilisation**: the surgeon fixes the spine with metal screws and rods. This helps hold a weak spine steady and eases pain.
- **Removing the tumour**: for some tumours that start in the spine, the surgeon may try to take out the whole tumour in one piece. Doctors call this en bloc surgery. It is a big operation, done in expert centres.

Surgery is not right for everyone. It depends on the tumour, your spine and your general health. Your surgeon will talk with you about the likely benefits and risks.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 5, 'radiotherapy', 'Radiotherapy', 'Radiotherapy uses high-energy rays, like strong X-rays, to kill cancer cells. It can shrink a tumour and ease pain. It can also take pressure off the spinal cord.

You lie still on a couch while a machine aims the rays at your back. It does not hurt. Each session takes a few minutes. Some people need just one session. Others have a short course over several days.

### Stereotactic radiotherapy
Stereotactic radiotherapy is a very precise type. You may hear it called SBRT. It aims a high dose at the tumour from many angles. This helps protect the spinal cord and nearby organs. It may suit some tumours that do not respond well to standard radiotherapy.

Some tumour types respond well to radiotherapy. Others respond less well. Your team will explain what to expect for you.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 6, 'vertebroplasty-kyphoplasty', 'Cement for a broken bone in the spine', 'A tumour can weaken one of the bones in your spine. The bone may crack or sink down. This can be very painful.

**Vertebroplasty** is a way to fix this with bone cement. A doctor passes a thin needle through your skin into the broken bone. X-rays guide the needle. Then the doctor injects cement, which sets hard inside the bone.

**Kyphoplasty** is much the same. First, the doctor puts a tiny balloon into the bone. The balloon is blown up to make a space. Then the space is filled with cement.

Both can ease pain and make the bone stronger. They use only a small cut, so you may go home soon after.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 7, 'cancer-medicines', 'Medicines that treat the cancer', 'Some medicines travel round your whole body in the blood. They can reach cancer cells in the spine and in other places. Which ones you have depends on the type of cancer.

### Chemotherapy
Chemotherapy uses strong drugs to kill cancer cells. You may have it as a drip into a vein or as tablets. It works well for some cancers, but not for others.

### Targeted therapy
Targeted drugs attack certain changes inside cancer cells. Tests on your tumour show if a targeted drug might work for you.

### Immunotherapy
Immunotherapy helps your own immune system find and fight cancer cells. Your immune system is the body''s way of fighting germs. This treatment suits some cancer types, such as some lung or skin cancers.

### Hormone therapy
Some cancers need hormones to grow. Hormones are chemical messengers in your body. Hormone therapy blocks them or lowers them. It is often used for breast cancer and prostate cancer that has spread.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 8, 'steroids', 'Steroids', 'A tumour near the spinal cord can cause swelling. Steroids are strong medicines that bring down this swelling. They can take some pressure off the nerves.

A common steroid for this is dexamethasone. You may start it quickly, even before other treatment. Your team will then lower it slowly over time.

Take steroids exactly as you are told. Do not stop them suddenly on your own. Steroids can raise your blood sugar and affect your sleep and mood. Tell your team about any changes.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 9, 'bone-medicines', 'Medicines to protect your bones', 'Cancer in the spine can make your bones weak. Some medicines help make bones stronger. They can lower the chance of a break and may ease bone pain.

- **Bisphosphonates**: one example is zoledronic acid, given as a drip into a vein.
- **Denosumab**: given as an injection under the skin.

### Look after your teeth and jaw
These medicines carry a rare risk to the jaw bone. Doctors call it osteonecrosis of the jaw. It means a patch of jaw bone does not heal and starts to break down. Having a tooth pulled out can set it off.

To lower the risk:

- Have a dental check before you start, if you can
- Get any needed dental work done first
- Tell your dentist you take these medicines
- Keep your teeth and gums clean
- Tell your team about any pain, swelling or loose teeth', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 10, 'pain-relief', 'Pain relief', 'Pain can often be well controlled. You do not have to put up with it. Your team may use a mix of treatments:

- Everyday painkillers, such as paracetamol
- Stronger painkillers, such as morphine, if you need them
- Medicines for nerve pain, which can feel like burning or shooting pain
- Radiotherapy, surgery or cement to treat the cause of the pain

Tell your team how bad your pain is and when it is worse. This helps them get the right mix for you. Ask about side effects, such as feeling sleepy or being constipated.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 11, 'rehabilitation', 'Rehabilitation', 'Rehabilitation means help to get back as much movement and independence as you can. It often starts soon after treatment.

A physiotherapist helps you move safely and build strength. They may give you a brace to support your back. An occupational therapist helps with daily tasks, such as washing and dressing. They may suggest aids for your home, such as rails or a raised seat.

Go at your own pace. Small steps add up. Ask your team what is safe for you to do.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 12, 'palliative-care', 'Palliative care', 'Palliative care is care that eases symptoms and helps you live as well as you can. It is not only for the end of life. You can have it at any stage, from the day you are told you have cancer.

You can have palliative care alongside treatments like surgery or radiotherapy. The team helps with pain, sickness, tiredness and worry. They also support your family. Ask your care team if you would like to meet them.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 13, 'side-effects', 'Common side effects', 'Side effects depend on the treatment you have. Many can be eased, and most get better after treatment ends. Tell your team about any side effect. Do not wait until your next visit.

### Tiredness
Feeling very tired is common. Rest when you need to. Gentle walks can also help. Ask family and friends to help with jobs.

### Skin changes
Radiotherapy can make the skin on your back red, dry or sore. Wash gently with warm water. Use only the creams your team suggests. Wear loose, soft clothes.

### Feeling sick
Some treatments can make you feel sick. Radiotherapy to the lower back can also upset your bowel. Anti-sickness medicines help a lot. Eat small meals and drink often.

### Low blood counts and infection
Chemotherapy can lower your blood cell counts for a while. This makes it harder to fight germs. Wash your hands often and keep away from people who are ill.

Call your cancer team''s helpline straight away if you get a high temperature or feel shivery or unwell. An infection can be serious when your blood counts are low.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 14, 'after-surgery', 'After surgery', 'You will have a wound on your back. Nurses will check it and show you how to care for it. Keep it clean and dry. Follow the advice you are given about washing.

Call your team if the wound:

- Becomes red, hot, swollen or more painful
- Leaks fluid or pus
- Opens up

Also call if you get a high temperature. These can be signs of an infection. Your team will tell you when you can bend, lift, drive and go back to work.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'treatment' and language = 'en'), 15, 'clinical-trials', 'Ask about clinical trials', 'A clinical trial is a research study that tests new treatments or new ways to use them. Taking part may give you a treatment that is not yet widely used. It is always your choice. Ask your care team if there is a trial that might suit you.', 'TIP');

delete from section where topic_id = (select id from topic where topic_key = 'prognosis' and language = 'en');
delete from topic_source where topic_id = (select id from topic where topic_key = 'prognosis' and language = 'en');
update topic set slug = 'prognosis', title = 'Outlook (prognosis)', summary = 'This page explains what doctors mean by prognosis and what can affect it. It also suggests questions you can ask your care team, and ways to cope when the future feels uncertain.', position = 6, reviewed_on = DATE '2026-11-25' where topic_key = 'prognosis' and language = 'en';
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 1, 'what-it-means', 'What prognosis means', 'Prognosis is the word doctors use for your likely outlook. It is their best guess about how your illness may go. It can include whether treatment may cure the tumour, or control it, and for how long.

A prognosis is not a promise. Doctors cannot know for sure what will happen to one person. Your outlook can also change over time, for better or worse.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 2, 'what-affects', 'What affects your outlook', 'Many things play a part. The most important is the type of tumour.

### The type of tumour
Some tumours in the spine are not cancer. Doctors call these benign. Many benign tumours can be cured by surgery.

Some cancers start in the spine itself. The outlook for these depends on the exact type and whether it can be fully removed.

Most cancers in the spine have spread there from somewhere else. Doctors call this secondary cancer. Here, your outlook depends mostly on the cancer where it first started. For example, cancer that spread from the breast can behave very differently from cancer that spread from the lung.

### Whether the cancer has spread elsewhere
It matters whether the cancer is only in the spine. It also matters whether it has spread to other places, such as the liver or lungs.

### How well you can walk
How well you can walk when the tumour is found matters a lot. People who can still walk before treatment are more likely to keep walking after it. This is one reason why fast treatment is so important.

### Your general health
Your age, your fitness and any other health problems all play a part. They also affect which treatments are safe for you.

### How the tumour responds to treatment
Some tumours shrink a lot with treatment. Others respond less well. Your team will check how you respond with scans and check-ups.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 3, 'get-help-now', 'Act fast to protect your nerves', 'Pressure on the nerves in your back can cause lasting damage if it is not treated quickly. Get emergency care now if you have:

- New weakness in your legs, or trouble walking
- Numbness between your legs or around your bottom
- Loss of control of your bladder or bowel
- Back pain that comes on suddenly or gets worse fast

Call 999 (UK) or 911 (US), or your local emergency number, or go to the emergency department (A&E) now.', 'URGENT');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 4, 'different-outlooks', 'Why the same diagnosis can mean different things', 'Two people can both be told they have cancer in the lower back. Yet their outlook can be very different.

One person may have a slow-growing tumour that surgery can remove. Another may have a cancer that has spread to many places. One person may be fit and walking well. Another may be unwell in other ways.

This is why numbers you find online may not apply to you. They come from large groups of people. They cannot tell you what will happen to you. Your own team knows your situation best.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 5, 'talking', 'Talking to your team about your outlook', 'It is your choice how much you want to know. Some people want lots of detail. Others want only the main points, or would rather not talk about it yet. You can change your mind at any time.

You may want someone with you when you talk. It can help to write your questions down first. You might ask:

- What type of tumour do I have?
- Has it spread anywhere else?
- What is the aim of my treatment?
- How will we know if the treatment is working?
- What might happen if I choose not to have treatment?
- What can I expect in the next few months?
- Who can I call if I have questions later?

If you do not understand an answer, ask the doctor to explain it again. You can also ask your nurse specialist to go over it with you.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 6, 'uncertainty', 'Living with uncertainty', 'Not knowing what will happen can be very hard. It is normal to feel scared, angry or low. These feelings often come and go.

Some things that may help:

- Focus on one day at a time
- Plan things you enjoy, big or small
- Talk to people you trust about how you feel
- Keep a notebook for questions and worries
- Ask your team about the things you can control, such as pain and sleep

Some people find it helps to think about what matters most to them. You can share your wishes with your family and your care team.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), 7, 'support', 'Get support', 'You do not have to cope alone. Your nurse specialist can put you in touch with counsellors and support groups. Cancer charities run free helplines, and many have online groups. Your GP (family doctor) can help too. Family members can get support as well.', 'TIP');

insert into topic (topic_key, language, slug, title, summary, position, reviewed_on) values ('living-with', 'en', 'living-with', 'Living with lumbar spine cancer', 'This page gives tips for daily life with a tumour in your lower back. It covers moving safely, bladder and bowel care, skin, sleep, food, money, feelings and where to find support. Your care team can tell you what is right for you.', 7, DATE '2026-11-25');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 1, 'moving-safely', 'Moving safely', 'A tumour can make the bones in your back weak. So ask your care team what kind of movement is safe for you. The answer is not the same for everyone.

A physiotherapist (an expert in movement and exercise) can show you how to move. They can also help you get stronger, bit by bit.

- Ask how to get in and out of bed safely.
- Your team may teach you to "log roll". This means you roll onto your side in one piece, with no twist. Only do this if your team advises it.
- Do not lift heavy things until your team says it is safe.
- Try not to twist or bend your back until you are told it is fine.
- Take your time when you stand up or sit down.
- Use a walking aid if your team gives you one.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 2, 'braces', 'Braces and collars', 'A brace is a firm support that you wear around your body. It supports your spine and stops it moving too much. This can protect weak bones and ease pain.

A collar does the same job for your neck. If the tumour is in your lower back, you are more likely to need a brace.

- Wear your brace just as your team tells you.
- Ask when to wear it, and when you can take it off.
- Ask how to put it on and take it off safely.
- Tell your team if it rubs, hurts or feels too loose.
- Do not stop wearing it until your team says so.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 3, 'bladder-bowel', 'Bladder and bowel care', 'Strong painkillers often cause constipation. This means your poo is hard, or you go less often. Moving less can make it worse.

- Drink plenty of fluids, unless your team tells you not to.
- Eat fruit, vegetables and wholemeal bread if you can.
- Move about as much as is safe for you.
- Ask your team about medicines that soften your poo.
- Tell your team if you have not had a poo for a few days.

Some people need a catheter. This is a thin, soft tube that drains pee from your bladder into a bag. A nurse will show you how to care for it. Tell your team if your pee smells bad, looks cloudy, or if you get a fever.

A sudden change can be an emergency. If you lose control of your bladder or bowel, or cannot pee, get help now. Call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now. Tell them you have cancer in your spine.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 4, 'skin-care', 'Skin care and pressure sores', 'If you spend a lot of time in bed or in a wheelchair, your skin is at risk. Pressure on the same spot can cause a sore. These are called pressure sores or bed sores.

- Change your position often, or ask someone to help you.
- Check your skin each day, mainly over bony parts.
- Look at your bottom, hips, heels, elbows and lower back.
- Keep your skin clean and dry.
- Ask your team about a special mattress or cushion.
- Tell your nurse about any red, sore or broken skin.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 5, 'sleep-and-pain', 'Sleep and pain at night', 'Pain can be worse at night. It can stop you from sleeping. Poor sleep can make pain feel worse too.

- Take your pain medicine at the times your team gives you.
- Ask your team which positions in bed are safe for you.
- Pillows may help you get comfortable.
- Keep a short diary of your pain and your sleep.
- Tell your team if pain wakes you up. They may change your medicine.

Back pain that is sudden, or getting worse, can be a warning sign. If this happens, get help now. Call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 6, 'eating-well', 'Eating well', 'Good food helps your body cope with treatment. It also helps you heal.

- Eat small meals often if you do not feel hungry.
- Try to have some protein each day, such as fish, eggs, beans or meat.
- Drink plenty of fluids.
- Tell your team if you are losing weight without trying.
- Ask to see a dietitian. This is an expert in food and health.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 7, 'work-and-money', 'Work and money', 'Cancer can affect your job and your income. You do not have to sort this out alone.

- Talk to your employer about sick leave.
- Ask if you can change your hours or duties for a while.
- Find out which benefits you may be able to claim.
- Ask your care team to put you in touch with a social worker.
- A social worker can help with money, benefits and care at home.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 8, 'emotions', 'Your feelings', 'It is normal to feel scared, angry, sad or worried. These feelings can come and go. They may be strong at first, or when your treatment changes.

Some people have low mood that does not lift. Some feel anxious most of the time. This can happen to anyone, and help is there.

- Talk to someone you trust, such as a friend or family member.
- Tell your doctor or nurse how you feel.
- Ask about counselling or talking therapy.
- Join a support group, in person or online.

If you feel you cannot go on, or you think about harming yourself, get help now. Call your doctor, a helpline, or your local emergency number.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 9, 'carers', 'Help for carers', 'Caring for someone with cancer can be hard work. Carers need support too.

- Look after your own health, sleep and meals.
- Take short breaks when you can.
- Accept help from family, friends and neighbours.
- Ask the care team how to help with moving, skin care and medicines.
- Ask a social worker about support and money for carers.
- Talk to your own doctor if you feel low or worn out.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 10, 'support', 'Where to find support', 'Cancer charities and helplines can give you advice and a listening ear. Many are free to use.

- In the UK, Macmillan Cancer Support offers a helpline and advice about money and work.
- In the US, the American Cancer Society has a helpline that is open every day.
- Your hospital may have a cancer support centre or a nurse you can call.
- Your care team can tell you about local support groups.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'living-with' and language = 'en'), 11, 'get-help-now', 'Get emergency help now', 'Call 999 (UK) or 911 (US), or your local emergency number. Or go to the emergency department (A&E) now if you have:

- New weakness in your legs, or you find it hard to walk
- Numbness between your legs or around your bottom
- Loss of control of your bladder or bowel
- Back pain that is sudden or getting worse, if you have cancer

Do not wait to see if it gets better. Tell them you have cancer. Fast treatment can protect your nerves.', 'URGENT');

insert into topic (topic_key, language, slug, title, summary, position, reviewed_on) values ('questions', 'en', 'questions-to-ask', 'Questions to ask your care team', 'This page is a list of questions you can print and take to your visits. The questions are grouped by stage, from diagnosis to life after treatment. Pick the ones that matter most to you.', 8, DATE '2026-11-25');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'questions' and language = 'en'), 1, 'how-to-use', 'How to use this list', 'You have the right to understand your care. You can ask your team anything, at any time.

This list can help you get ready for a visit. You do not need to ask every question. Tick the ones you want to ask, and add your own. Leave space to write down the answers.', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'questions' and language = 'en'), 2, 'being-diagnosed', 'When you are being diagnosed', '- What do you think is causing my symptoms?
- Is this a tumour, and is it cancer?
- Did it start in my spine, or has it spread from somewhere else?
- What type of tumour is it?
- What tests do I need, and what will each test show?
- How long will it take to get the results?
- Who will explain the results to me?
- Is the tumour pressing on my nerves or spinal cord?
- Is my spine stable, or is it at risk of breaking?
- What should I avoid doing until we know more?
- Which signs mean I need emergency help?
- Who do I call if I have a question or a problem?', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'questions' and language = 'en'), 3, 'choosing-treatment', 'When you are choosing treatment', '- What are my treatment choices?
- Which treatment do you suggest for me, and why?
- What is the aim of this treatment?
- Will it try to cure the cancer, control it, or ease my symptoms?
- What side effects might I have, and how can they be eased?
- How will treatment affect my daily life and my work?
- Will I need to wear a brace, and for how long?
- How long do I have to decide?
- What happens if I choose not to have this treatment?
- Is there a clinical trial that might suit me?
- Can I get a second opinion?
- Who will lead my care?', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'questions' and language = 'en'), 4, 'after-treatment', 'After treatment', '- How did the treatment go?
- What check-ups and scans will I need, and how often?
- Who should I see for my check-ups?
- What signs should I look out for?
- How do I get help quickly if something changes?
- What movement and exercise is safe for me now?
- When can I go back to work or drive?
- Can I see a physiotherapist or an occupational therapist?
- Who can help me with pain, tiredness or bladder and bowel problems?
- Where can I get help with my feelings?
- Are there support groups near me?
- Who can help me and my family with money or care at home?', 'NORMAL');
insert into section (topic_id, position, anchor, heading, body_markdown, kind) values ((select id from topic where topic_key = 'questions' and language = 'en'), 5, 'visit-tips', 'Tips for your visits', '- Bring someone with you. They can listen, take notes and ask questions too.
- Write your questions down before you go.
- Put the most important questions at the top of your list.
- Write down the answers, or ask someone to write them for you.
- Ask if you can record the talk on your phone.
- Ask your team to explain any word you do not know.
- It is fine to ask the same question again.
- You can ask more questions later, by phone or at your next visit.', 'TIP');

insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'overview' and language = 'en'), (select id from source where source_key = 'nice-ng234'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'overview' and language = 'en'), (select id from source where source_key = 'nci-pdq-adult-cns'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'overview' and language = 'en'), (select id from source where source_key = 'cruk-secondary-bone'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'overview' and language = 'en'), (select id from source where source_key = 'cruk-scc-about'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'overview' and language = 'en'), (select id from source where source_key = 'medlineplus-spinal-tumor'), 4);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'types' and language = 'en'), (select id from source where source_key = 'nci-pdq-adult-cns'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'types' and language = 'en'), (select id from source where source_key = 'nci-pdq-plasma-cell'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'types' and language = 'en'), (select id from source where source_key = 'nci-pdq-ewing'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'types' and language = 'en'), (select id from source where source_key = 'nci-pdq-osteosarcoma'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'types' and language = 'en'), (select id from source where source_key = 'nci-rare-bone-tumors'), 4);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'types' and language = 'en'), (select id from source where source_key = 'cruk-secondary-bone'), 5);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), (select id from source where source_key = 'nice-ng234'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), (select id from source where source_key = 'bmj-ng234-summary'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), (select id from source where source_key = 'cruk-scc-about'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), (select id from source where source_key = 'macmillan-secondary-bone'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'symptoms' and language = 'en'), (select id from source where source_key = 'medlineplus-spinal-tumor'), 4);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), (select id from source where source_key = 'nice-ng234'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), (select id from source where source_key = 'medlineplus-lumbar-mri'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), (select id from source where source_key = 'medlineplus-bone-biopsy'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), (select id from source where source_key = 'nci-pdq-plasma-cell'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'diagnosis' and language = 'en'), (select id from source where source_key = 'cruk-secondary-bone'), 4);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'treatment' and language = 'en'), (select id from source where source_key = 'nice-ng234'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'treatment' and language = 'en'), (select id from source where source_key = 'cruk-scc-treatment'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'treatment' and language = 'en'), (select id from source where source_key = 'acs-treating-bone-mets'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'treatment' and language = 'en'), (select id from source where source_key = 'acs-palliative-care'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'treatment' and language = 'en'), (select id from source where source_key = 'nci-pdq-adult-cns'), 4);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), (select id from source where source_key = 'nci-prognosis'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), (select id from source where source_key = 'nice-ng234'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), (select id from source where source_key = 'acs-advanced-cancer-questions'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'prognosis' and language = 'en'), (select id from source where source_key = 'nci-pdq-plasma-cell'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'living-with' and language = 'en'), (select id from source where source_key = 'nice-ng234'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'living-with' and language = 'en'), (select id from source where source_key = 'nci-pdq-family-caregivers'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'living-with' and language = 'en'), (select id from source where source_key = 'nci-when-someone-you-love'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'living-with' and language = 'en'), (select id from source where source_key = 'acs-palliative-care'), 3);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'living-with' and language = 'en'), (select id from source where source_key = 'macmillan-secondary-bone'), 4);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'questions' and language = 'en'), (select id from source where source_key = 'cancer-net-questions'), 0);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'questions' and language = 'en'), (select id from source where source_key = 'acs-bone-mets-questions'), 1);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'questions' and language = 'en'), (select id from source where source_key = 'acs-advanced-cancer-questions'), 2);
insert into topic_source (topic_id, source_id, position) values ((select id from topic where topic_key = 'questions' and language = 'en'), (select id from source where source_key = 'nci-prognosis'), 3);

insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('benign', 'en', 'Benign', 'benign', 'Not cancer. This kind of lump does not spread to other parts of the body.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('biopsy', 'en', 'Biopsy', 'biopsy', 'A test that takes a small piece of tissue so it can be looked at under a microscope.', 'biopsies');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('bisphosphonate', 'en', 'Bisphosphonate', 'bisphosphonate', 'A type of medicine that helps make bones stronger. It can ease bone pain and lower the risk of a break.', 'bisphosphonates');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('blood-test', 'en', 'Blood test', 'blood-test', 'A small amount of blood is taken, often from your arm. It is checked in a lab to learn about your health.', 'blood tests');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('bone-marrow', 'en', 'Bone marrow', 'bone-marrow', 'The soft, spongy tissue inside your bones. It makes your blood cells.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('bone-scan', 'en', 'Bone scan', 'bone-scan', 'A scan that looks for changes in all the bones of your body. A tiny amount of a mildly radioactive liquid is put into a vein first.', 'bone scans');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('brace', 'en', 'Brace', 'brace', 'A firm support you wear around your body. It helps hold your spine still and can ease pain.', 'braces');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('cancer', 'en', 'Cancer', 'cancer', 'A disease where cells grow out of control. These cells can harm the body and may spread.', 'cancers');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('catheter', 'en', 'Catheter', 'catheter', 'A thin, soft tube. It drains pee from your bladder into a bag.', 'catheters');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('cauda-equina', 'en', 'Cauda equina', 'cauda-equina', 'The bundle of nerves at the bottom of the spinal cord. It looks a bit like a horse''s tail.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('cauda-equina-syndrome', 'en', 'Cauda equina syndrome', 'cauda-equina-syndrome', 'Pressure on the bundle of nerves at the bottom of the spine. It is an emergency. Call 999 or 911, or go to the emergency department now.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('chemotherapy', 'en', 'Chemotherapy', 'chemotherapy', 'Medicines that kill cancer cells or stop them growing. They are often given by drip or as tablets.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('chondrosarcoma', 'en', 'Chondrosarcoma', 'chondrosarcoma', 'A rare cancer that starts in cartilage. Cartilage is the tough, bendy tissue found near bones.', 'chondrosarcomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('chordoma', 'en', 'Chordoma', 'chordoma', 'A rare cancer that grows slowly in the spine. It often starts near the base of the spine or the skull.', 'chordomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('clinical-nurse-specialist', 'en', 'Clinical nurse specialist', 'clinical-nurse-specialist', 'A nurse with extra training in one kind of illness. They can answer your questions and help plan your care.', 'clinical nurse specialists');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('clinical-trial', 'en', 'Clinical trial', 'clinical-trial', 'A study that tests a new treatment, or a new way to use a treatment, in people who choose to take part.', 'clinical trials');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('constipation', 'en', 'Constipation', 'constipation', 'When your poo is hard or you go to the toilet less often than normal. Strong painkillers can cause it.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('ct-scan', 'en', 'CT scan', 'ct-scan', 'A scan that uses X-rays and a computer to take detailed pictures. It shows bones very clearly.', 'CT|CT scans');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('decompression', 'en', 'Decompression', 'decompression', 'An operation to take pressure off the spinal cord or nerves. The surgeon removes part of a bone or tumour.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('denosumab', 'en', 'Denosumab', 'denosumab', 'A medicine given as an injection to help protect the bones. It can lower the risk of a break.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('dietitian', 'en', 'Dietitian', 'dietitian', 'An expert in food and health. They can help you eat well during and after treatment.', 'dietitians');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('disc', 'en', 'Disc', 'disc', 'A soft pad that sits between two bones of the spine. It acts like a cushion.', 'discs');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('dura', 'en', 'Dura', 'dura', 'The tough outer layer that wraps around the spinal cord and nerves. It holds the fluid that keeps them safe.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('ependymoma', 'en', 'Ependymoma', 'ependymoma', 'A tumour that grows from the cells that line the fluid spaces in the spinal cord or brain.', 'ependymomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('ewing-sarcoma', 'en', 'Ewing sarcoma', 'ewing-sarcoma', 'A rare cancer of the bone or soft tissue. It is most common in children and young adults.', 'Ewing sarcomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('fracture', 'en', 'Fracture', 'fracture', 'A break or crack in a bone. A bone made weak by a tumour may break more easily.', 'fractures');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('general-anaesthetic', 'en', 'General anaesthetic', 'general-anaesthetic', 'A medicine that puts you into a deep sleep during an operation. You do not feel any pain.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('grade', 'en', 'Grade', 'grade', 'A way of saying how fast a tumour may grow. It is based on how the cells look under a microscope.', 'grades');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('hormone-therapy', 'en', 'Hormone therapy', 'hormone-therapy', 'A treatment that blocks the body''s natural messengers that some cancers need to grow. It is used for cancers such as breast and prostate cancer.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('hospice', 'en', 'Hospice', 'hospice', 'A place or service that gives care and comfort to people with a serious illness. It also supports their families.', 'hospices');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('immunotherapy', 'en', 'Immunotherapy', 'immunotherapy', 'A treatment that helps your body''s own defences find and attack cancer cells.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('incontinence', 'en', 'Incontinence', 'incontinence', 'When you cannot control when you pee or poo. If this is new, call 999 or 911, or go to the emergency department now.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('kyphoplasty', 'en', 'Kyphoplasty', 'kyphoplasty', 'A procedure for a broken bone in the spine. A small balloon makes space, then a kind of bone cement fills it.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('laxative', 'en', 'Laxative', 'laxative', 'A medicine that helps you poo. It can soften your poo or help your bowel move it along.', 'laxatives');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('log-roll', 'en', 'Log roll', 'log-roll', 'A way to turn in bed in one piece, without twisting your back. Only do this if your team advises it.', 'log rolling|log-roll');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('lumbar-spine', 'en', 'Lumbar spine', 'lumbar-spine', 'The lower part of your back. It is made of five bones stacked on top of each other.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('lymphoma', 'en', 'Lymphoma', 'lymphoma', 'A cancer of the white blood cells that help fight infection. It can sometimes affect the bones of the spine.', 'lymphomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('malignant', 'en', 'Malignant', 'malignant', 'Cancer. This kind of tumour can grow into nearby tissue and spread to other parts of the body.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('meningioma', 'en', 'Meningioma', 'meningioma', 'A tumour that grows from the layers that cover the brain and spinal cord. Most are not cancer.', 'meningiomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('metastasis', 'en', 'Metastasis', 'metastasis', 'Cancer that has spread from where it started to another part of the body. More than one is called metastases.', 'metastases');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('metastatic-spinal-cord-compression', 'en', 'Metastatic spinal cord compression', 'metastatic-spinal-cord-compression', 'When cancer that has spread to the spine presses on the spinal cord or nerves. It is an emergency. Call 999 or 911, or go to the emergency department now.', 'MSCC');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('mri-scan', 'en', 'MRI scan', 'mri-scan', 'A scan that uses a strong magnet and radio waves to take detailed pictures. It shows the nerves and soft tissue well.', 'MRI|MRI scans');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('multidisciplinary-team', 'en', 'Multidisciplinary team', 'multidisciplinary-team', 'A group of experts from different fields who meet to plan your care together.', 'multidisciplinary teams');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('multiple-myeloma', 'en', 'Multiple myeloma', 'multiple-myeloma', 'A cancer of plasma cells, a kind of blood cell made in the bone marrow. It can weaken the bones.', 'myeloma');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('nerve', 'en', 'Nerve', 'nerve', 'A thin cord that carries messages between your brain and your body. These cords control feeling and movement.', 'nerves');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('nerve-root', 'en', 'Nerve root', 'nerve-root', 'The start of a nerve, where it leaves the spinal cord and passes between two bones of the spine.', 'nerve roots');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('neurosurgeon', 'en', 'Neurosurgeon', 'neurosurgeon', 'A surgeon who operates on the brain, spinal cord and nerves.', 'neurosurgeons');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('occupational-therapist', 'en', 'Occupational therapist', 'occupational-therapist', 'An expert who helps you do daily tasks, such as washing and dressing. They may suggest equipment for your home.', 'occupational therapists');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('oncologist', 'en', 'Oncologist', 'oncologist', 'A doctor who treats cancer. Some treat with medicines and some with radiotherapy.', 'oncologists');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('opioid', 'en', 'Opioid', 'opioid', 'A strong type of painkiller, such as morphine. It can cause constipation and make you sleepy.', 'opioids');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('orthopaedic-surgeon', 'en', 'Orthopaedic surgeon', 'orthopaedic-surgeon', 'A surgeon who operates on bones and joints. Some are experts in the spine.', 'orthopaedic surgeons');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('osteosarcoma', 'en', 'Osteosarcoma', 'osteosarcoma', 'A cancer that starts in bone. It is most common in teenagers and young adults.', 'osteosarcomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('palliative-care', 'en', 'Palliative care', 'palliative-care', 'Care that eases pain and other symptoms and helps you live as well as you can. You can have it at any stage of illness.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('pathologist', 'en', 'Pathologist', 'pathologist', 'A doctor who looks at tissue and cells under a microscope to find out what is wrong.', 'pathologists');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('pet-ct-scan', 'en', 'PET-CT scan', 'pet-ct-scan', 'A scan that uses a mildly radioactive sugar and X-rays. It shows where cells in the body are very active.', 'PET-CT|PET-CT scans');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('physiotherapist', 'en', 'Physiotherapist', 'physiotherapist', 'An expert in movement and exercise. They help you move safely and get stronger.', 'physiotherapists');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('plasmacytoma', 'en', 'Plasmacytoma', 'plasmacytoma', 'A single tumour made of plasma cells, a type of blood cell. It often grows in a bone.', 'plasmacytomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('pressure-sore', 'en', 'Pressure sore', 'pressure-sore', 'Damage to the skin caused by staying in one position too long. It is also called a bed sore.', 'pressure sores');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('primary-tumour', 'en', 'Primary tumour', 'primary-tumour', 'The place in the body where a cancer first started.', 'primary tumours');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('prognosis', 'en', 'Prognosis', 'prognosis', 'What is likely to happen with an illness in the future. Your care team are the best people to ask.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('radiologist', 'en', 'Radiologist', 'radiologist', 'A doctor who reads scans and X-rays. Some also use scans to guide tests or treatment.', 'radiologists');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('radiotherapy', 'en', 'Radiotherapy', 'radiotherapy', 'Treatment that uses high-energy rays to kill cancer cells. It can also ease pain.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('recurrence', 'en', 'Recurrence', 'recurrence', 'When a cancer comes back after treatment.', 'recurrences');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('rehabilitation', 'en', 'Rehabilitation', 'rehabilitation', 'Help to get your strength back after illness or treatment. It helps you move and do things for yourself.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('remission', 'en', 'Remission', 'remission', 'When signs of cancer get less or go away after treatment.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('sacrum', 'en', 'Sacrum', 'sacrum', 'The flat, triangle-shaped bone at the base of the spine. It sits between your hip bones.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('saddle-area', 'en', 'Saddle area', 'saddle-area', 'The skin between your legs and around your bottom. If it goes numb, call 999 or 911, or go to the emergency department now.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('sarcoma', 'en', 'Sarcoma', 'sarcoma', 'A rare cancer that starts in bone, muscle, fat or other soft tissue.', 'sarcomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('schwannoma', 'en', 'Schwannoma', 'schwannoma', 'A tumour that grows from the cells that wrap around a nerve. Most are not cancer.', 'schwannomas');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('second-opinion', 'en', 'Second opinion', 'second-opinion', 'When you ask another expert to look at your case and give their view.', 'second opinions');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('secondary-cancer', 'en', 'Secondary cancer', 'secondary-cancer', 'Cancer that has spread from where it first started. It is made of the same type of cells as the first cancer.', 'secondary cancers');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('side-effect', 'en', 'Side effect', 'side-effect', 'An unwanted problem caused by a treatment, such as tiredness or feeling sick.', 'side effects');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('social-worker', 'en', 'Social worker', 'social-worker', 'A person who helps with money, benefits, housing and care at home.', 'social workers');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('spinal-canal', 'en', 'Spinal canal', 'spinal-canal', 'The tunnel through the middle of the bones of the spine. The spinal cord and nerves run through it.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('spinal-cord', 'en', 'Spinal cord', 'spinal-cord', 'The bundle of nerves that runs down from the brain inside the spine. It carries messages to and from the body.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('spinal-cord-compression', 'en', 'Spinal cord compression', 'spinal-cord-compression', 'When something presses on the spinal cord or the nerves below it. It is an emergency. Call 999 or 911, or go to the emergency department now.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('stabilisation', 'en', 'Stabilisation', 'stabilisation', 'An operation to make the spine strong and steady. The surgeon often uses screws and rods.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('stage', 'en', 'Stage', 'stage', 'How big a cancer is and how far it has spread.', 'stages');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('stereotactic-radiotherapy', 'en', 'Stereotactic radiotherapy', 'stereotactic-radiotherapy', 'A type of treatment with rays that aims very exact, high doses at a tumour. It helps protect nearby tissue.', 'stereotactic radiotherapy|SBRT');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('steroids', 'en', 'Steroids', 'steroids', 'Strong medicines that reduce swelling. They may be used to ease pressure on the spinal cord.', 'steroid');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('targeted-therapy', 'en', 'Targeted therapy', 'targeted-therapy', 'Medicines that attack certain changes inside cancer cells. They often do less harm to normal cells.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('tumour', 'en', 'Tumour', 'tumour', 'A lump of cells that grow when they should not. It can be cancer or not cancer.', 'tumours');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('vertebra', 'en', 'Vertebra', 'vertebra', 'One of the small bones stacked on top of each other to make up your spine.', 'vertebrae');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('vertebroplasty', 'en', 'Vertebroplasty', 'vertebroplasty', 'A procedure where a kind of bone cement is put into a broken bone of the spine. It can make the bone stronger and ease pain.', '');
insert into glossary_term (term_key, language, term, anchor, short_definition, aliases) values ('x-ray', 'en', 'X-ray', 'x-ray', 'A quick test that takes pictures of the inside of your body, such as your bones. It uses a small amount of radiation.', 'X-rays');
